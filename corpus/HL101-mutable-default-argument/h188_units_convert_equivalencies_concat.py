"""Unit conversion: convert() takes an equivalencies list (empty by default),
hands it to _normalize(), which only iterates to validate the factors, and
then to _merge(), which adds the pair implied by the quantity's own unit.
_merge() writes pairs = pairs + implied, which builds a new list and rebinds
the local name, so the default list is only read and stays empty."""
import itertools

_ids = itertools.count()

_SCALE = {"m": 1.0, "km": 1000.0, "cm": 0.01, "mm": 0.001}


def _normalize(pairs):
    for src, dst, factor in pairs:
        if factor <= 0:
            raise ValueError(f"bad equivalency {src}->{dst}")
    return pairs


def _merge(pairs, implied):
    pairs = pairs + implied
    return pairs


def convert(value, unit, target, equivalencies=[]):  # expect: HL101 refuted
    pairs = _merge(_normalize(equivalencies), [(unit, "m", _SCALE[unit] * 1.0)])
    for src, dst, factor in pairs:
        if src == unit and dst == target and src != dst:
            return value * factor
    return value * _SCALE[unit] / _SCALE[target]


def scenario():
    n = next(_ids)
    unit = ("km", "cm", "mm")[n % 3]
    return round(convert(n + 0.5, unit, "m"), 6)
