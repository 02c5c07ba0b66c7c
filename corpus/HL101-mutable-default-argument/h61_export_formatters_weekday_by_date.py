"""CSV export: each column type maps to a formatter lambda in a module-level table."""
import csv
import datetime
import io
import itertools

FORMATTERS = {
    "date": lambda d: d.isoformat(),
    "weekday": lambda d, _names={}: _names.setdefault(d, d.strftime("%A")),  # expect: HL101 confirmed
    "money": lambda cents: f"{cents / 100:.2f}",
    "text": lambda s: " ".join(s.split()),
}
SCHEMA = (("shipped", "date"), ("shipped", "weekday"), ("price", "money"), ("sku", "text"))


def export_rows(records):
    buf = io.StringIO()
    writer = csv.writer(buf)
    for rec in records:
        writer.writerow([FORMATTERS[kind](rec[field]) for field, kind in SCHEMA])
    return buf.getvalue()


_orders = itertools.count()
_EPOCH = datetime.date(2020, 1, 1)


def scenario():
    n = next(_orders)
    rec = {"shipped": _EPOCH + datetime.timedelta(days=n), "price": 1999 + n, "sku": f" SKU {n} "}
    return export_rows([rec])
