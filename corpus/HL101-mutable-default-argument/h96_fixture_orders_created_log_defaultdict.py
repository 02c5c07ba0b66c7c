"""Test data builder: create_order() inserts an Order into the test's fake db and logs its id per kind, so a teardown helper can list what tests created."""
import collections
import dataclasses
import itertools


@dataclasses.dataclass
class Order:
    id: str
    items: tuple
    status: str = "new"


def create_order(db, items, created=collections.defaultdict(list), **fields):  # expect: HL101 confirmed
    order = Order(id=f"order-{len(db) + 1}-{items[0]}", items=tuple(items), **fields)
    db[order.id] = order
    created[type(order).__name__].append(order.id)
    return order


def create_paid_order(db, items, **fields):
    return create_order(db, items, status="paid", **fields)


_tests = itertools.count()


def scenario():
    n = next(_tests)
    db = {}
    order = create_paid_order(db, [f"sku-{n}", "sku-gift"])
    assert db[order.id].status == "paid"
    db.clear()
    return order.id
