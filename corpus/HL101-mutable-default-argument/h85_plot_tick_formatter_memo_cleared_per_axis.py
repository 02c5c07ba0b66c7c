"""Axis ticks: make_formatter() returns a closure that memoises tick labels; each new axis empties the memo first."""
import itertools
import math


def make_formatter(fmt="{:.{prec}f}{suffix}", _labels={}):  # expect: HL101 refuted
    _labels.clear()

    def format_tick(value, step):
        key = (value, step)
        label = _labels.get(key)
        if label is None:
            prec = max(0, -math.floor(math.log10(step))) if step > 0 else 0
            magnitude = max(abs(value), 1e-12)
            suffix = "k" if magnitude >= 1e3 else ""
            label = _labels[key] = fmt.format(value / 1e3 if suffix else value, prec=prec, suffix=suffix)
        return label

    return format_tick


def tick_labels(lo, hi, nticks=5):
    step = (hi - lo) / (nticks - 1)
    fmt = make_formatter()
    return [fmt(lo + i * step, step) for i in range(nticks)]


_axes = itertools.count()


def scenario():
    n = next(_axes)
    return tick_labels(n * 0.37, n * 0.37 + 12.5)
