"""Composite Simpson integration with per-step progress callbacks, in the style of solver callback hooks."""
import functools
import itertools
import logging
import math

log = logging.getLogger("numeric.quad")


def _report(label, step, estimate):
    log.debug("%s: step %d estimate %.6g", label, step, estimate)


def simpson(f, a, b, panels=8, callbacks=[]):  # expect: HL101 confirmed
    if callable(callbacks):
        callbacks = [callbacks]
    callbacks.append(functools.partial(_report, f"{f.__name__}[{a:.4g}, {b:.4g}]"))
    h = (b - a) / panels
    total = f(a) + f(b)
    for i in range(1, panels):
        total += (4 if i % 2 else 2) * f(a + i * h)
        for cb in callbacks:
            cb(i, total * h / 3)
    return total * h / 3


def arc_length(curve_slope, a, b):
    return simpson(lambda x: math.sqrt(1.0 + curve_slope(x) ** 2), a, b)


_segments = itertools.count()


def scenario():
    n = next(_segments)
    a = n * 0.005
    return arc_length(math.cos, a, a + 1.0) + simpson(math.exp, 0.0, a + 0.5, panels=4)
