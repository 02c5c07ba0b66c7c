"""Unit parsing: parse_quantity() turns strings such as "12.5 km" into metres;
the regex splits off the magnitude and only the unit symbol's factor is
cached in a dict default. Unknown symbols raise before anything is stored, so
the cache holds at most one entry per known spelling of a unit."""
import itertools
import re

_forms = itertools.count()
_QUANTITY = re.compile(r"\s*([-+]?\d+(?:\.\d*)?)\s*([a-zA-Z]+)\s*$")
_TO_METRES = {"mm": 1e-3, "cm": 1e-2, "m": 1.0, "km": 1e3, "in": 0.0254, "ft": 0.3048}


def parse_quantity(text, _cache={}):  # expect: HL101 refuted
    match = _QUANTITY.match(text)
    if match is None:
        raise ValueError(f"not a length: {text!r}")
    magnitude, unit = match.groups()
    try:
        factor = _cache[unit]
    except KeyError:
        try:
            factor = _cache[unit] = _TO_METRES[unit.lower()]
        except KeyError:
            raise ValueError(f"unknown unit {unit!r} in {text!r}") from None
    return float(magnitude) * factor


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
