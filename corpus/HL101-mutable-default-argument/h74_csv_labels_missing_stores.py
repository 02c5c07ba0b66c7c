"""Product CSV export: column headers come from a label map; custom attribute fields get a humanised label."""
import csv
import io
import itertools


class Labels(dict):
    def __missing__(self, field):
        label = field.replace("_", " ").strip().capitalize()
        self[field] = label
        return label


BASE_LABELS = {"sku": "SKU", "qty": "Quantity", "unit_price": "Unit price"}


def export_csv(rows, fields, labels=Labels(BASE_LABELS)):  # expect: HL101 confirmed
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow([labels[field] for field in fields])
    for row in rows:
        writer.writerow([row.get(field, "") for field in fields])
    return buf.getvalue()


_exports = itertools.count()


def scenario():
    n = next(_exports)
    custom = f"attr_{n}_colour"
    rows = [{"sku": f"SKU-{n}", "qty": n % 7 + 1, custom: "teal"}, {"sku": f"SKU-{n + 1}", "qty": 2}]
    return export_csv(rows, ["sku", "qty", custom])
