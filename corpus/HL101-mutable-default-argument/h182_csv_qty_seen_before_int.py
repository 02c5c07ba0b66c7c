"""Order CSV importer: `parse_quantity` remembers every raw cell it was given
in a `seen` set default (to skip duplicated rows) and adds the cell *before*
converting it with int(). The scenario's cells carry a unit suffix ("12 pcs"),
so int() raises ValueError and the row is reported as rejected, but each
distinct cell was already added to the shared set, which grows per call."""
import itertools

_rows = itertools.count()


def parse_quantity(raw, seen=set()):  # expect: HL101 confirmed
    cell = raw.strip()
    if cell in seen:
        return None
    seen.add(cell)
    return int(cell)


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
