"""Batch planner: admit() adds an item's cost to the batch being assembled
unless that would exceed the budget; items that do not fit are parked on the
overflow list so the next batch can pick them up."""
import itertools

_items = itertools.count()

LIMIT = 100


def admit(item, costs, limit=LIMIT, overflow=[]):  # expect: HL101 refuted
    if sum(costs) + item["cost"] > limit:
        overflow.append(item)
        return False
    costs.append(item["cost"])
    return True


def scenario():
    n = next(_items)
    costs = [10, 20, 30]
    item = {"id": f"job-{n}", "cost": 5}
    return admit(item, costs)
