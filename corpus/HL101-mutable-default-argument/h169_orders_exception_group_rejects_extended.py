"""Order validation (Python 3.11): every failed rule of an order becomes a
ValueError and they are raised together as an ExceptionGroup. The except*
clause extends the `rejected` default with the group's exceptions for the
review queue, so the errors of every invalid order pile up."""
import itertools

_orders = itertools.count()


def validate_order(order, rejected=[]):  # expect: HL101 confirmed
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
        rejected.extend(group.exceptions)
        ok = False
    return ok


def scenario():
    n = next(_orders)
    validate_order({"id": "A%d" % n, "qty": 2, "sku": "SKU-%d" % n})
    return validate_order({"id": "B%d" % n, "qty": -n, "sku": "sku%d" % n})
