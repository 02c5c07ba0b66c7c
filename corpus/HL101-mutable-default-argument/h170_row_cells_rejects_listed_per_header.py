"""Typed CSV row reader: the header row is zipped with each data row and
every cell goes through the converter for its column. A cell that fails
conversion (ValueError) is recorded in a ``rejects`` dict default under its
header, as a list of bad cells: the keys are bounded by the headers, but the
lists under them grow with every rejected cell of every row."""
import itertools
from datetime import date

_ids = itertools.count()
CONVERTERS = {"sku": str, "qty": int, "price": float, "shipped": date.fromisoformat}


def read_row(headers, cells, rejects={}):  # expect: HL101 confirmed
    record = {}
    for header, cell in zip(headers, cells):
        try:
            record[header] = CONVERTERS[header](cell)
        except ValueError:
            rejects.setdefault(header, []).append(cell)
            record[header] = None
    return record


def scenario():
    n = next(_ids)
    headers = ["sku", "qty", "price", "shipped"]
    cells = [f"SKU-{n:06d}", f"{n % 7} pcs", f"{n}.95", f"2024-02-{30 + n % 2}"]
    return read_row(headers, cells)
