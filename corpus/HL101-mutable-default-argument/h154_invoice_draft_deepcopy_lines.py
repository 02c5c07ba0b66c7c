"""Billing: `draft_invoice()` starts every invoice from a default template
and adds the order's lines. The template is cloned with `copy.deepcopy()`, so
the nested "lines" list is a fresh list per invoice and the default template
keeps only its empty list."""
import copy
import itertools

_orders = itertools.count()


def draft_invoice(customer, items, template={"currency": "EUR", "terms": 30, "lines": []}):  # expect: HL101 refuted
    invoice = copy.deepcopy(template)
    invoice["customer"] = customer
    for sku, qty, price in items:
        invoice["lines"].append({"sku": sku, "qty": qty, "amount": qty * price})
    invoice["total"] = sum(line["amount"] for line in invoice["lines"])
    return invoice


def scenario():
    n = next(_orders)
    invoice = draft_invoice(f"cust-{n}", [(f"SKU-{n:05d}", 1 + n % 3, 9.5), (f"SKU-{n:05d}-X", 2, 1.25)])
    return round(invoice["total"], 2)
