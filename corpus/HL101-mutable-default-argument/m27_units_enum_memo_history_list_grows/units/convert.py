"""Conversion to kelvin, with a moving average over the last readings per unit."""
from collections import defaultdict

from .kinds import Unit

SCALES = {Unit.CELSIUS: (1.0, 273.15), Unit.FAHRENHEIT: (5 / 9, 255.372), Unit.KELVIN: (1.0, 0.0)}


def to_kelvin(value, unit, _factors={},  # expect: HL101 refuted
              _history=defaultdict(list)):  # expect: HL101 confirmed
    factor = _factors.get(unit)
    if factor is None:
        factor = _factors[unit] = SCALES[unit]
    kelvin = value * factor[0] + factor[1]
    window = _history[unit]
    window.append(kelvin)
    return round(sum(window[-8:]) / len(window[-8:]), 3)
