"""Unit conversion: convert() normalizes both unit spellings with
_normalize(), asks _factor() for the conversion factor and applies it.
_factor() memoizes factors in a dict default keyed by (source, target)
pair; the app only converts between a handful of length units, so the memo
fills with at most a dozen pairs and then is only read."""
import itertools

_ids = itertools.count()

_TO_METRE = {"m": 1.0, "km": 1000.0, "mi": 1609.344, "ft": 0.3048}
_ALIASES = {"metre": "m", "meter": "m", "kilometre": "km", "mile": "mi", "foot": "ft"}


def _normalize(unit):
    unit = unit.strip().lower()
    return _ALIASES.get(unit, unit)


def _factor(source, target, memo={}):  # expect: HL101 refuted
    key = (source, target)
    if key not in memo:
        memo[key] = _TO_METRE[source] / _TO_METRE[target]
    return memo[key]


def convert(value, source, target):
    return value * _factor(_normalize(source), _normalize(target))


def scenario():
    n = next(_ids)
    units = ("Mile", "foot", "kilometre", "metre")
    return round(convert(n * 1.5, units[n % 4], units[(n // 4) % 4]), 3)
