"""Order records resolve each attribute's validator once: __setattr__ walks the
class MRO for a VALIDATORS entry and memoises the validator it finds per
(class, attribute) in its `_resolved={}` default. The keys are a fixed set
of classes and field names, so the memo is full after the first order."""
import itertools


class Quantity:
    def __call__(self, value):
        value = int(value)
        if value < 1:
            raise ValueError("quantity must be at least 1")
        return value


class BaseRecord:
    VALIDATORS = {"note": str.strip}

    # heaplint-todo: called with new arguments as outside code would call it, `__setattr__` grows it; but this application does not call `__setattr__` by name (it uses it as a value, a table, an attribute, a callback; the interpreter calls it; or every subclass overrides it), and the application's own code, run from its entry points, did not grow it (heaplint: unknown)
    def __setattr__(self, name, value, _resolved={}):  # expect: HL101 refuted
        key = (type(self), name)
        if key not in _resolved:
            tables = (vars(cls).get("VALIDATORS", {}) for cls in type(self).__mro__)
            _resolved[key] = next((table[name] for table in tables if name in table), None)
        check = _resolved[key]
        object.__setattr__(self, name, value if check is None else check(value))


class Order(BaseRecord):
    VALIDATORS = {"sku": str.upper, "quantity": Quantity()}

    def __init__(self, sku, quantity, note):
        self.sku, self.quantity, self.note = sku, quantity, note


_orders = itertools.count()


def scenario():
    n = next(_orders)
    order = Order(f"tsh-{n:06d}-blue-xl", str(1 + n % 5), f" gift wrap, order {n} ")
    return order.sku, order.quantity, order.note
