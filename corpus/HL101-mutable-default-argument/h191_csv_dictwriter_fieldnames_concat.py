"""Stock report export: to_csv() writes rows with csv.DictWriter using the
`fieldnames=["sku", "warehouse"]` default, adding any extra columns the rows
bring (the daily pivot adds a "qty_<day>" column) with `a = a + b`. That
builds a new list bound to the local name, so the default keeps its two
entries."""
import csv
import io
import itertools

_days = itertools.count()


def to_csv(rows, fieldnames=["sku", "warehouse"]):  # expect: HL101 refuted
    fieldnames = fieldnames + [k for k in rows[0] if k not in fieldnames]
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=fieldnames, restval="0")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def scenario():
    day = next(_days)
    rows = [{"sku": f"SKU-{i:04d}", "warehouse": "north", f"qty_2024_day_{day:05d}": i * day} for i in range(3)]
    return len(to_csv(rows))
