"""Admin "export orders" action: renders the selected orders as CSV text for a download response."""
import csv
import io
import itertools

FIELDS = ("order_id", "customer", "total", "status")


def orders_to_csv(orders, buf=io.StringIO()):  # expect: HL101 confirmed
    buf.truncate(0)
    writer = csv.DictWriter(buf, fieldnames=FIELDS, extrasaction="ignore")
    writer.writeheader()
    for order in orders:
        writer.writerow({**order, "total": f"{order['total']:.2f}"})
    return buf.getvalue()


class ExportOrdersAction:
    filename = "orders.csv"

    def __call__(self, orders):
        body = orders_to_csv(orders)
        disposition = f'attachment; filename="{self.filename}"'
        return {"Content-Disposition": disposition, "body": body}


_ids = itertools.count(1000)


def scenario():
    n = next(_ids)
    orders = [
        {"order_id": n * 10 + i, "customer": f"cust-{n}-{i}", "total": n * 1.5 + i,
         "status": "paid", "note": "gift wrap"}
        for i in range(3)
    ]
    return ExportOrdersAction()(orders)["body"]
