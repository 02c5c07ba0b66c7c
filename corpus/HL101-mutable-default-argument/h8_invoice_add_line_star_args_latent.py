"""Invoicing: add_line appends to its lines default, but both callers pass their own list, one positionally after *item and one by keyword."""
import itertools


def add_line(sku, qty, price, lines=[]):  # expect: HL101 unknown
    lines.append({"sku": sku, "qty": qty, "total": round(qty * price, 2)})
    return lines


def build_invoice(order):
    lines = []
    for item in order["items"]:
        add_line(*item, lines)
    add_line(sku="shipping", qty=1, price=4.99, lines=lines)
    return {"id": order["id"], "lines": lines, "total": sum(l["total"] for l in lines)}


_orders = itertools.count()


def scenario():
    n = next(_orders)
    return build_invoice({"id": f"inv-{n}", "items": [(f"sku{n}", 2, 9.5), (f"sku{n + 1}", 1, 3.25)]})
