"""Unit parsing: parse_quantity() turns strings such as "12.5 km" into metres
and caches the result in a dict default keyed by the input text. Because the
magnitude is part of the key, every distinct measurement is a new entry, and
the cache grows with each form the service handles."""
import itertools
import re

_forms = itertools.count()
_QUANTITY = re.compile(r"\s*([-+]?\d+(?:\.\d*)?)\s*([a-zA-Z]+)\s*$")
_TO_METRES = {"mm": 1e-3, "cm": 1e-2, "m": 1.0, "km": 1e3, "in": 0.0254, "ft": 0.3048}


def parse_quantity(text, _cache={}):  # expect: HL101 confirmed
    try:
        return _cache[text]
    except KeyError:
        pass
    match = _QUANTITY.match(text)
    if match is None:
        raise ValueError(f"not a length: {text!r}")
    magnitude, unit = match.groups()
    try:
        metres = float(magnitude) * _TO_METRES[unit.lower()]
    except KeyError:
        raise ValueError(f"unknown unit {unit!r} in {text!r}") from None
    _cache[text] = metres
    return metres


def scenario():
    n = next(_forms)
    fields = [f"{n}.{i} {u}" for i, u in enumerate(("km", "ft", "CM", "parsec"))]
    total, errors = 0.0, []
    for field in fields:
        try:
            total += parse_quantity(field)
        except ValueError as exc:
            errors.append(str(exc))
    return round(total, 3), len(errors)
