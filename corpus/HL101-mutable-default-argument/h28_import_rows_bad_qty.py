"""CSV order import: coerces numeric columns and keeps the rejected cells for the end-of-import report."""
import itertools

NUMERIC = ("order_id", "qty", "unit_cents")


def coerce_row(row, rejected=[]):  # expect: HL101 confirmed
    out = dict(row)
    for column in NUMERIC:
        try:
            out[column] = int(row[column])
        except ValueError:
            rejected.append(f"{column}={row[column]!r}")
            out[column] = None
    return out


def import_rows(rows):
    orders = [coerce_row(row) for row in rows]
    return sum((o["qty"] or 0) * (o["unit_cents"] or 0) for o in orders)


_orders = itertools.count()


def scenario():
    n = next(_orders)
    return import_rows([
        {"order_id": str(n), "sku": f"SKU-{n % 40}", "qty": f"{n % 5 + 1} pcs", "unit_cents": "1299"},
        {"order_id": str(n + 1), "sku": "SKU-7", "qty": "2", "unit_cents": "450"},
    ])
