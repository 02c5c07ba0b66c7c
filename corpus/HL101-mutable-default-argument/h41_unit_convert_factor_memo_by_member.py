"""Units: factor() memoises conversion factors in its default dict keyed by (source, target) Unit members; at most sixteen pairs can exist."""
import enum
import itertools


class Unit(enum.IntEnum):
    MM = 1
    CM = 10
    M = 1000
    KM = 1000000


def factor(source, target, request_id, _memo={}):  # expect: HL101 refuted
    key = source, target
    if key not in _memo:
        _memo[key] = int(source) / int(target)
    return _memo[key]


def convert(value, source, target, request_id):
    return round(value * factor(source, target, request_id), 6)


_requests = itertools.count()
_UNITS = list(Unit)


def scenario():
    n = next(_requests)
    return convert(1.5 + n, _UNITS[n % 4], _UNITS[n // 4 % 4], f"req-{n}")
