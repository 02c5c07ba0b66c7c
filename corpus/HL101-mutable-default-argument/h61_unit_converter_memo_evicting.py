"""Unit conversion service: converted lengths are memoised in an ordered dict default of the method."""
import collections
import itertools

_TO_METRES = {"mm": 0.001, "cm": 0.01, "m": 1.0, "km": 1000.0, "in": 0.0254, "ft": 0.3048}
MAX_MEMO = 32


class LengthConverter:
    def __init__(self, precision=4):
        self.precision = precision

    def convert(self, value, src, dst, _memo=collections.OrderedDict()):  # expect: HL101 refuted
        key = (value, src, dst, self.precision)
        if key in _memo:
            _memo.move_to_end(key)
            return _memo[key]
        result = round(value * _TO_METRES[src] / _TO_METRES[dst], self.precision)
        _memo[key] = result
        if len(_memo) > MAX_MEMO:
            _memo.popitem(last=False)
        return result


class ImperialConverter(LengthConverter):
    def to_feet(self, metres):
        return self.convert(metres, "m", "ft")


_readings = itertools.count()


def scenario():
    n = next(_readings)
    conv = ImperialConverter(precision=2)
    return conv.to_feet(n * 1.25) + conv.convert(n + 0.5, "in", "cm")
