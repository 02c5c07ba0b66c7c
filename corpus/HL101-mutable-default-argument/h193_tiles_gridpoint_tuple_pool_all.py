"""Map tile renderer: GridPoint is a tuple subclass whose __new__ pools
instances in a default dict so that equal coordinates share one object.
Each render visits a tile and its four neighbours at fresh coordinates, so
the pool keeps five more points per render."""
import itertools

_renders = itertools.count()


class GridPoint(tuple):
    __slots__ = ()

    # heaplint-todo: it flows into the constructor of a base class defined elsewhere, which heaplint cannot see (heaplint: unknown)
    def __new__(cls, x, y, _pool={}):  # expect: HL101 confirmed
        key = (x, y)
        point = _pool.get(key)
        if point is None:
            point = super().__new__(cls, key)
            _pool[key] = point
        return point

    def neighbours(self):
        x, y = self
        return [GridPoint(x + dx, y + dy) for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1))]

    def manhattan(self, other):
        return abs(self[0] - other[0]) + abs(self[1] - other[1])


def scenario():
    n = next(_renders)
    tile = GridPoint(4000 + 3 * n, 9000 + 5 * n)
    return sum(tile.manhattan(p) for p in tile.neighbours())
