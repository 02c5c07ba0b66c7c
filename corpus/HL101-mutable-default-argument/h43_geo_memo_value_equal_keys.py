"""Geo helpers: `tile_bounds()` memoises tile bounding boxes in a default dict keyed by `TileKey` objects that compare and hash by value.

Every request builds a fresh `TileKey`, but `__eq__` and `__hash__` both use
`(zoom, x, y)`, and requests only cover a 4x4 grid at two zoom levels, so
equal keys find the existing entry and the memo stays at 32 entries.
"""
import itertools
import math


class TileKey:
    __slots__ = ("zoom", "x", "y")

    def __init__(self, zoom, x, y):
        self.zoom, self.x, self.y = zoom, x, y

    def __eq__(self, other):
        if not isinstance(other, TileKey):
            return NotImplemented
        return (self.zoom, self.x, self.y) == (other.zoom, other.x, other.y)

    def __hash__(self):
        return hash((self.zoom, self.x, self.y))

    def __repr__(self):
        return f"TileKey({self.zoom}, {self.x}, {self.y})"


def _lon(x, zoom):
    return x / 2 ** zoom * 360.0 - 180.0


def _lat(y, zoom):
    return math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * y / 2 ** zoom))))


# heaplint-todo: the keys compare by their class's `__eq__`, which heaplint does not evaluate, so a new `TileKey` may or may not be a new key (heaplint: unknown)
def tile_bounds(key, _memo={}):  # expect: HL101 refuted
    box = _memo.get(key)
    if box is None:
        box = _memo[key] = (
            round(_lon(key.x, key.zoom), 6),
            round(_lat(key.y + 1, key.zoom), 6),
            round(_lon(key.x + 1, key.zoom), 6),
            round(_lat(key.y, key.zoom), 6),
        )
    return box


def render_tile(zoom, x, y, layer):
    west, south, east, north = tile_bounds(TileKey(zoom, x, y))
    return f"{layer}/{zoom}/{x}/{y}: [{west:.3f},{south:.3f},{east:.3f},{north:.3f}]"


_requests = itertools.count()


def scenario():
    n = next(_requests)
    return render_tile(10 + n % 2, 300 + n % 4, 380 + (n // 4) % 4, f"roads-v{n}")
