"""Telemetry: a Quantity descriptor converts readings to SI units and keeps
them in its `_si` default dict keyed by (id(instance), field), since the
sensor classes use __slots__. To detect a recycled id it stores the owner next
to the value; that strong reference keeps every reading alive, so its id is
never reused and each reading adds two entries for good."""
import itertools

_samples = itertools.count()


class Quantity:
    def __init__(self, factor, _si={}):  # expect: HL101 confirmed
        self.factor = factor
        self._si = _si

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        return self if obj is None else self._si[id(obj), self.name][1]

    def __set__(self, obj, value):
        self._si[id(obj), self.name] = (obj, value * self.factor)


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
