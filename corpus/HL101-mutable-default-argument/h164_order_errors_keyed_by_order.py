"""Order intake: `validate_order` maps an error path to a message in an
`errors` dict default and returns it for the API response. The path includes
the order id, so each rejected order (the scenario's carry a zero quantity)
adds new keys to the shared dict and none is ever removed."""
import itertools

_orders = itertools.count()


def validate_order(order, errors={}):  # expect: HL101 confirmed
    for i, line in enumerate(order["lines"]):
        if line["qty"] <= 0:
            errors[f"{order['id']}.lines[{i}].qty"] = f"quantity must be positive, got {line['qty']}"
        if not line["sku"].strip():
            errors[f"{order['id']}.lines[{i}].sku"] = "sku must not be blank"
    return errors


def submit(order):
    errors = validate_order(order)
    return {"id": order["id"], "accepted": not errors, "error_count": len(errors)}


def scenario():
    n = next(_orders)
    lines = [{"sku": f"WIDGET-{n}", "qty": 3}, {"sku": f"GADGET-{n}", "qty": 0}]
    return submit({"id": f"ord-{n:06d}", "lines": lines})
