"""Piecewise-linear interpolation: the domain ends are merged into the caller's breakpoints before bisecting."""
import bisect
import itertools
import math


def _breakpoints(knots, lo, hi):
    pts = knots
    pts.extend((lo, hi))
    pts.sort()
    return pts


def interp(x, f, lo, hi, knots=[]):  # expect: HL101 confirmed
    if isinstance(knots, (int, float)):
        knots = [knots]
    pts = _breakpoints(knots, lo, hi)
    i = min(max(bisect.bisect_right(pts, x), 1), len(pts) - 1)
    x0, x1 = pts[i - 1], pts[i]
    t = (x - x0) / (x1 - x0) if x1 != x0 else 0.0
    return f(x0) + t * (f(x1) - f(x0))


_queries = itertools.count()


def scenario():
    n = next(_queries)
    lo = n * 0.002
    hi = lo + 2.0
    return interp(lo + 0.7, math.log1p, lo, hi) + interp(lo + 1.1, math.log1p, lo, hi, knots=lo + 1.0)
