"""Usage metering: `Quantity["GB"]` builds, and caches, a subclass bound to one unit."""
import itertools


class Quantity:
    unit = ""

    def __init__(self, magnitude):
        self.magnitude = magnitude

    def __class_getitem__(cls, unit, _specialized={}):  # expect: HL101 confirmed
        if unit not in _specialized:
            _specialized[unit] = type(f"Quantity[{unit!r}]", (cls,), {"unit": unit})
        return _specialized[unit]

    def __add__(self, other):
        if other.unit != self.unit:
            raise ValueError(f"cannot add {other.unit} to {self.unit}")
        return type(self)(self.magnitude + other.magnitude)

    def __repr__(self):
        return f"{self.magnitude:g} {self.unit}"


def parse(text):
    value, unit = text.split(" ", 1)
    return Quantity[unit](float(value))


_usage = itertools.count()


def scenario():
    n = next(_usage)
    tenant = f"tenant-{n}"
    used = parse(f"{n % 50} GB/{tenant}") + parse(f"1.5 GB/{tenant}")
    return f"{tenant}: {used!r}"
