"""Map tiles: tile_bounds() converts a slippy-map tile to lon/lat bounds,
memoised per tile; Tile compares and hashes by (zoom, x, y), and the
overview map only ever asks for the 16 tiles of zoom level 2."""
import itertools
import math

_requests = itertools.count()


class Tile:
    def __init__(self, zoom, x, y):
        self.zoom, self.x, self.y = zoom, x, y

    def __eq__(self, other):
        return isinstance(other, Tile) and (self.zoom, self.x, self.y) == (other.zoom, other.x, other.y)

    def __hash__(self):
        return hash((self.zoom, self.x, self.y))


def _lat(zoom, y):
    return math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * y / 2 ** zoom))))


# heaplint-todo: the memo's keys are instances of a class with its own `__eq__` and `__hash__` (equal tiles are one key): heaplint does not run them to tell new keys from equal ones (heaplint: unknown)
def tile_bounds(tile, _memo={}):  # expect: HL101 refuted
    if tile not in _memo:
        west = tile.x / 2 ** tile.zoom * 360.0 - 180.0
        east = (tile.x + 1) / 2 ** tile.zoom * 360.0 - 180.0
        _memo[tile] = (west, _lat(tile.zoom, tile.y + 1), east, _lat(tile.zoom, tile.y))
    return _memo[tile]


def scenario():
    n = next(_requests)
    return tile_bounds(Tile(2, n % 4, (n // 4) % 4))
