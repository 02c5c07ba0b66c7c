"""Broad-phase collision: each level builds a SpatialHash whose cell dict
defaults to a shared {}. The convoy keeps moving into new cells, but
`frame()` clears the whole dict in a finally block when the tick ends, so
the shared default is empty again after every tick."""
import contextlib
import itertools

_ticks = itertools.count()


class SpatialHash:
    def __init__(self, cell=32, cells={}):  # expect: HL101 refuted
        self.cell, self.cells = cell, cells

    def insert(self, name, x, y):
        key = (int(x) // self.cell, int(y) // self.cell)
        self.cells.setdefault(key, []).append(name)

    def near(self, x, y):
        cx, cy = int(x) // self.cell, int(y) // self.cell
        return [n for dx in (-1, 0, 1) for dy in (-1, 0, 1) for n in self.cells.get((cx + dx, cy + dy), ())]

    @contextlib.contextmanager
    def frame(self):
        try:
            yield self
        finally:
            self.cells.clear()


def scenario():
    n = next(_ticks)
    grid = SpatialHash()
    with grid.frame():
        for i in range(4):
            grid.insert("truck%d" % i, n * 40 + i * 7, i * 50)
        return sorted(grid.near(n * 40, 0))
