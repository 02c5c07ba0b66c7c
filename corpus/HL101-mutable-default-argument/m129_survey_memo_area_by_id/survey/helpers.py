"""Helpers exported with __all__: area is a Memo callable instance.

Memo keys its results by id(points). The reader hands out the same scratch
list every time, so the caller's cache dict keeps a single entry: every plot
gets the first plot's area (a stale-result bug), but nothing accumulates.
"""
__all__ = ["Memo", "area"]


class Memo:
    def __init__(self, fn):
        self.fn = fn

    def __call__(self, points, cache):
        key = id(points)
        if key not in cache:
            cache[key] = self.fn(points)
        return cache[key]


def _shoelace(points):
    pairs = zip(points, points[1:] + points[:1])
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in pairs)) / 2


area = Memo(_shoelace)
