"""Telemetry: a Quantity descriptor converts readings to SI units and keeps
them in its `_si` default dict keyed by (id(instance), field), since the
sensor classes use __slots__. Entries are never removed, but the key holds
only an int: when a reading is freed, the next one is allocated at the same
address and overwrites the same keys, so the dict does not grow in CPython."""
import itertools

_samples = itertools.count()


class Quantity:
    def __init__(self, factor, _si={}):  # expect: HL101 refuted
        self.factor = factor
        self._si = _si

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        return self if obj is None else self._si[id(obj), self.name]

    def __set__(self, obj, value):
        self._si[id(obj), self.name] = value * self.factor


class Reading:
    __slots__ = ("station",)
    pressure = Quantity(100.0)
    temperature = Quantity(1.0)

    def __init__(self, station, hpa, kelvin):
        self.station, self.pressure, self.temperature = station, hpa, kelvin


def scenario():
    n = next(_samples)
    r = Reading(f"st-{n}", 1013.0 + n % 20, 280.0 + n % 15)
    return r.station, r.pressure, r.temperature
