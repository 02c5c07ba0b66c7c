"""Checkout: every new order starts as copy.deepcopy of a nested default template; no memo is passed."""
import copy
import itertools


def new_order(customer, template={"lines": [], "totals": {"net": 0, "tax": 0}, "tags": set()}):  # expect: HL101 refuted
    order = copy.deepcopy(template)
    order["customer"] = customer
    order["lines"].append({"sku": f"SKU-{customer}", "qty": 1})
    order["tags"].add("web")
    return order


_customers = itertools.count()


def scenario():
    new_order(f"c{next(_customers)}")
