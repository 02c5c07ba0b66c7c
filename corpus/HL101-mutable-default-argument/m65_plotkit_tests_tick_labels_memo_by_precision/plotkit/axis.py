from . import ticks


class Axis:
    def __init__(self, lo, hi, precision=2):
        if hi <= lo:
            raise ValueError("empty axis range")
        self.lo, self.hi = lo, hi
        self.precision = precision

    def ticks(self, count=5):
        return ticks.tick_values(self.lo, self.hi, count)

    def labels(self, count=5):
        return [ticks.format_tick(v, self.precision) for v in self.ticks(count)]
