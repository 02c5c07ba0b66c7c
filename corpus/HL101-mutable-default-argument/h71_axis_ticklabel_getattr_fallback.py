"""Axis with optional per-position tick label overrides, looked up with getattr fallbacks."""
import itertools


class Axis:
    def __init__(self, name, lo, hi, fmt="{:g}"):
        self.name = name
        self.lo, self.hi = lo, hi
        self.fmt = fmt

    def _option(self, attr, default={}):  # expect: HL101 confirmed
        return getattr(self, attr, default)

    def set_ticklabel(self, pos, text):
        self._option("_label_overrides")[pos] = text

    def ticklabel(self, pos):
        return self._option("_label_overrides").get(pos) or self.fmt.format(pos)

    def ticklabels(self, step):
        return [self.ticklabel(pos) for pos in range(self.lo, self.hi + 1, step)]


class DateAxis(Axis):
    def __init__(self, name, first_day, days):
        super().__init__(name, first_day, first_day + days, fmt="day {}")
        self.set_ticklabel(first_day, "start")


_charts = itertools.count()


def scenario():
    n = next(_charts)
    x = DateAxis("time", n * 30, 28)
    x.set_ticklabel(n * 30 + 28, f"close {n}")
    y = Axis("value", 0, n % 50 + 10)
    return x.ticklabels(7), y.ticklabels(5)
