"""Replenishment planner: works out, per warehouse, how many units of each
SKU to reorder. The reorder target of each warehouse (its bin capacity) is
kept in a dict default via `setdefault`, so it is computed once per
warehouse; on-hand counts are looked up fresh for every line."""
import itertools

_plans = itertools.count()
WAREHOUSES = ("AMS-1", "BER-2", "MAD-1")


def on_hand(warehouse, sku):
    return (sum(map(ord, sku)) + len(warehouse)) % 60


def capacity(warehouse):
    return 40 + 5 * int(warehouse.rsplit("-", 1)[1])


def reorder_plan(lines, targets={}):  # expect: HL101 refuted
    plan = {}
    for warehouse, sku in lines:
        target = targets.setdefault(warehouse, capacity(warehouse))
        shortfall = target - on_hand(warehouse, sku)
        if shortfall <= 0:
            continue
        plan.setdefault(warehouse, []).append("%s x%d" % (sku, shortfall))
    return {warehouse: sorted(items) for warehouse, items in plan.items()}


def scenario():
    n = next(_plans)
    lines = [(WAREHOUSES[(n + i) % 3], "SKU-%05d-%d" % (n, i)) for i in range(4)]
    return reorder_plan(lines)
