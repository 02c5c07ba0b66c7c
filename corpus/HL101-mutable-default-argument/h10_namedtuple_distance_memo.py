"""Geometry: a NamedTuple point memoizes distances in a method default keyed by the point pair."""
import itertools
import math
from typing import NamedTuple


class Point(NamedTuple):
    x: float
    y: float

    # heaplint-todo: keys hold NamedTuple points, compared by value: whether a new point is a new key is not concluded from fields the model calls fresh (heaplint: unknown)
    def distance(self, other, _memo={}):  # expect: HL101 confirmed
        key = (self, other)
        if key not in _memo:
            _memo[key] = math.hypot(self.x - other.x, self.y - other.y)
        return _memo[key]


_trips = itertools.count()


def scenario():
    n = next(_trips)
    return Point(n, 0.5).distance(Point(0.25, n))
