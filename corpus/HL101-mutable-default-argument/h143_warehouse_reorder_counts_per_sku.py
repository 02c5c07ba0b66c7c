"""Replenishment planner: works out, per warehouse, how many units of each
SKU to reorder. On-hand counts it has looked up are kept in a dict default
(warehouse -> {sku: on_hand}) via `setdefault`, so a plan naming a SKU twice
looks it up once; every plan covers new SKUs and the table is never emptied."""
import itertools

_plans = itertools.count()
WAREHOUSES = ("AMS-1", "BER-2", "MAD-1")


def on_hand(warehouse, sku):
    return (sum(map(ord, sku)) + len(warehouse)) % 60


def reorder_plan(lines, target=50, counts={}):  # expect: HL101 confirmed
    plan = {}
    for warehouse, sku in lines:
        known = counts.setdefault(warehouse, {})
        if sku not in known:
            known[sku] = on_hand(warehouse, sku)
        shortfall = target - known[sku]
        if shortfall <= 0:
            continue
        plan.setdefault(warehouse, []).append("%s x%d" % (sku, shortfall))
    return {warehouse: sorted(items) for warehouse, items in plan.items()}


def scenario():
    n = next(_plans)
    lines = [(WAREHOUSES[(n + i) % 3], "SKU-%05d-%d" % (n, i)) for i in range(4)]
    return reorder_plan(lines)
