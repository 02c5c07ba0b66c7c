"""Order intake: `validate_order` maps an error path to a message in an
`errors` dict default and returns it for the API response. The path is only
the line position and field, so the shared dict can hold a handful of keys
(the scenario's orders have two lines) and each rejection overwrites them."""
import itertools

_orders = itertools.count()


def validate_order(order, errors={}):  # expect: HL101 refuted
    for i, line in enumerate(order["lines"]):
        if line["qty"] <= 0:
            errors[f"lines[{i}].qty"] = f"quantity must be positive, got {line['qty']}"
        if not line["sku"].strip():
            errors[f"lines[{i}].sku"] = "sku must not be blank"
    return errors


def submit(order):
    errors = validate_order(order)
    return {"id": order["id"], "accepted": not errors, "error_count": len(errors)}


def scenario():
    n = next(_orders)
    lines = [{"sku": f"WIDGET-{n}", "qty": 3}, {"sku": f"GADGET-{n}", "qty": -n}]
    return submit({"id": f"ord-{n:06d}", "lines": lines})
