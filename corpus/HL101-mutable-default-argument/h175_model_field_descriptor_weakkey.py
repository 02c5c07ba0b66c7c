"""Domain models: a validated Field descriptor lets __slots__ classes (no
instance __dict__) have typed attributes by keeping each instance's values in
the descriptor's `_values` default, a WeakKeyDictionary keyed by the instance.
When a shipment is dropped its entry goes with it, so the store stays empty."""
import itertools
import weakref

_seq = itertools.count()


class Field:
    def __init__(self, kind, _values=weakref.WeakKeyDictionary()):  # expect: HL101 refuted
        self.kind = kind
        self._values = _values

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        return self if obj is None else self._values[obj][self.name]

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}")
        self._values.setdefault(obj, {})[self.name] = value


class Shipment:
    __slots__ = ("__weakref__",)
    tracking = Field(str)
    weight_g = Field(int)

    def __init__(self, tracking, weight_g):
        self.tracking, self.weight_g = tracking, weight_g


def scenario():
    n = next(_seq)
    parcel = Shipment(f"1Z{n:012d}", 250 + n % 900)
    return parcel.tracking, parcel.weight_g
