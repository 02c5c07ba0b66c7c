"""Broad-phase collision: each level builds a SpatialHash whose cell dict
defaults to a shared {}. `frame()` empties every bucket when the tick ends
but leaves the cell keys behind, and the convoy keeps moving into new
cells, so the shared dict gains a key and an empty list per new cell."""
import contextlib
import itertools

_ticks = itertools.count()


class SpatialHash:
    def __init__(self, cell=32, cells={}):  # expect: HL101 confirmed
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
            for bucket in self.cells.values():
                bucket.clear()


def scenario():
    n = next(_ticks)
    grid = SpatialHash()
    with grid.frame():
        for i in range(4):
            grid.insert("truck%d" % i, n * 40 + i * 7, i * 50)
        return sorted(grid.near(n * 40, 0))
