"""Order CSV importer: `parse_quantity` remembers raw cells in a `seen` set
default (to skip duplicated rows) but converts the cell with int() *before*
adding it. The scenario's cells carry a unit suffix ("12 pcs"), so int()
raises ValueError before the add; the row is reported as rejected and the
shared set stays empty."""
import itertools

_rows = itertools.count()


def parse_quantity(raw, seen=set()):  # expect: HL101 refuted
    cell = raw.strip()
    if cell in seen:
        return None
    value = int(cell)
    seen.add(cell)
    return value


def import_row(row):
    try:
        qty = parse_quantity(row["qty"])
    except ValueError:
        return {"sku": row["sku"], "status": "rejected"}
    status = "duplicate" if qty is None else "ok"
    return {"sku": row["sku"], "qty": qty, "status": status}


def scenario():
    n = next(_rows)
    return import_row({"sku": f"SKU-{n:06d}", "qty": f" {n} pcs (backorder {n}) "})
