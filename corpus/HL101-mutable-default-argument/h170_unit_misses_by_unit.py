"""Measurement normaliser for a product import: fields look like
``"weight: 12.5 lb"`` and are split with ``partition(":")`` and ``split()``
into dimension, value and unit. An unknown unit raises KeyError on the factor
table and the miss is counted in a Counter default keyed by the unit text;
supplier feeds carry ever new unit spellings, so new keys keep arriving."""
import collections
import itertools

_ids = itertools.count()
FACTORS = {"kg": 1.0, "g": 0.001, "lb": 0.4536, "m": 1.0, "cm": 0.01, "in": 0.0254}


def normalise(field, misses=collections.Counter()):  # expect: HL101 confirmed
    dimension, _, rest = field.partition(":")
    value, unit = rest.split()
    try:
        return dimension.strip(), float(value) * FACTORS[unit]
    except KeyError:
        misses[unit] += 1
        return dimension.strip(), None


def scenario():
    n = next(_ids)
    fields = ["weight: 12.5 lb", f"length: {n % 90 + 10} cm", f"width: 3 sup{n}-inch"]
    return [normalise(f) for f in fields]
