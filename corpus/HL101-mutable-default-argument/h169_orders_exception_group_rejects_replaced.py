"""Order validation (Python 3.11): every failed rule of an order becomes a
ValueError and they are raised together as an ExceptionGroup. The except*
clause slice-assigns the group's exceptions to the `rejected` default, so
it only shows the latest invalid order's errors; older ones are dropped."""
import itertools

_orders = itertools.count()


def validate_order(order, rejected=[]):  # expect: HL101 refuted
    ok = True
    try:
        errors = []
        if order["qty"] <= 0:
            errors.append(ValueError("order %s: quantity %d" % (order["id"], order["qty"])))
        if not order["sku"].startswith("SKU-"):
            errors.append(ValueError("order %s: bad sku %r" % (order["id"], order["sku"])))
        if errors:
            raise ExceptionGroup("order %s is invalid" % order["id"], errors)
    except* ValueError as group:
        rejected[:] = group.exceptions
        ok = False
    return ok


def scenario():
    n = next(_orders)
    validate_order({"id": "A%d" % n, "qty": 2, "sku": "SKU-%d" % n})
    return validate_order({"id": "B%d" % n, "qty": -n, "sku": "sku%d" % n})
