"""Unit conversion: convert() normalizes both unit spellings with
_normalize(), asks _scaled() for the converted value and returns it.
_scaled() memoizes results in a dict default keyed by (value, source,
target); every reading converted is a new value, so each call adds a new
key and a new float to the memo, which nothing ever evicts."""
import itertools

_ids = itertools.count()

_TO_METRE = {"m": 1.0, "km": 1000.0, "mi": 1609.344, "ft": 0.3048}
_ALIASES = {"metre": "m", "meter": "m", "kilometre": "km", "mile": "mi", "foot": "ft"}


def _normalize(unit):
    unit = unit.strip().lower()
    return _ALIASES.get(unit, unit)


def _scaled(value, source, target, memo={}):  # expect: HL101 confirmed
    key = (value, source, target)
    if key not in memo:
        memo[key] = value * _TO_METRE[source] / _TO_METRE[target]
    return memo[key]


def convert(value, source, target):
    return _scaled(value, _normalize(source), _normalize(target))


def scenario():
    n = next(_ids)
    units = ("Mile", "foot", "kilometre", "metre")
    return round(convert(n * 1.5, units[n % 4], units[(n // 4) % 4]), 3)
