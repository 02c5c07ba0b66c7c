"""Line items and totals."""


def add_line(invoice, sku, qty, unit_price):
    invoice["lines"].append({"sku": sku, "qty": qty, "unit_price": unit_price})
    return invoice


def total(invoice):
    return sum(line["qty"] * line["unit_price"] for line in invoice["lines"])
