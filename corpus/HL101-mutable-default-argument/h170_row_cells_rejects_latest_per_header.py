"""Typed CSV row reader: the header row is zipped with each data row and
every cell goes through the converter for its column. A cell that fails
conversion (ValueError) is recorded in a ``rejects`` dict default under its
header, but only the latest bad cell is kept per header: the keys are bounded
by the fixed headers and each store replaces the previous value."""
import itertools
from datetime import date

_ids = itertools.count()
CONVERTERS = {"sku": str, "qty": int, "price": float, "shipped": date.fromisoformat}


def read_row(headers, cells, rejects={}):  # expect: HL101 refuted
    record = {}
    for header, cell in zip(headers, cells):
        try:
            record[header] = CONVERTERS[header](cell)
        except ValueError:
            rejects[header] = cell
            record[header] = None
    return record


def scenario():
    n = next(_ids)
    headers = ["sku", "qty", "price", "shipped"]
    cells = [f"SKU-{n:06d}", f"{n % 7} pcs", f"{n}.95", f"2024-02-{30 + n % 2}"]
    return read_row(headers, cells)
