import itertools

from validkit import Schema, ValidationError

_ids = itertools.count()


def scenario():
    n = next(_ids)
    schema = Schema("Order%d" % n, {"quantity": (1, 100 + n), "sku": (3, 12)})
    ok = schema.validate({"quantity": 5 + n % 50, "sku": "SKU-%d" % (n % 1000)})
    try:
        schema.validate({"quantity": 0, "sku": "x"})
    except ValidationError as exc:
        return ok["sku"], len(exc.errors)
    return ok["sku"], 0
