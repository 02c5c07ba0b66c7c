"""Order records memoise normalisation: __setattr__ walks the class MRO for a
VALIDATORS entry and keeps the normalised value per (class, attribute, raw
value) in its `_resolved={}` default, to skip the work for repeated values.
Every order brings a new SKU and note, so every order adds entries."""
import itertools


class Quantity:
    def __call__(self, value):
        value = int(value)
        if value < 1:
            raise ValueError("quantity must be at least 1")
        return value


class BaseRecord:
    VALIDATORS = {"note": str.strip}

    def __setattr__(self, name, value, _resolved={}):  # expect: HL101 confirmed
        key = (type(self), name, value)
        if key not in _resolved:
            tables = (vars(cls).get("VALIDATORS", {}) for cls in type(self).__mro__)
            check = next((table[name] for table in tables if name in table), None)
            _resolved[key] = value if check is None else check(value)
        object.__setattr__(self, name, _resolved[key])


class Order(BaseRecord):
    VALIDATORS = {"sku": str.upper, "quantity": Quantity()}

    def __init__(self, sku, quantity, note):
        self.sku, self.quantity, self.note = sku, quantity, note


_orders = itertools.count()


def scenario():
    n = next(_orders)
    order = Order(f"tsh-{n:06d}-blue-xl", str(1 + n % 5), f" gift wrap, order {n} ")
    return order.sku, order.quantity, order.note
