from .. import grid
from .base import GridTestCase


class CellTests(GridTestCase):
    def test_cell_is_stable(self):
        self.assertEqual(grid.cell_for(*self.point), self.cell)

    def test_east_neighbour(self):
        lat, lon = self.point
        self.assertAdjacent(self.cell, grid.cell_for(lat, lon + grid.CELL_SIZE))


class BucketTests(GridTestCase):
    def test_same_cell_shares_bucket(self):
        lat, lon = self.point
        cells = grid.bucket([("a", lat, lon), ("b", lat, lon)])
        self.assertEqual(cells, {self.cell: ["a", "b"]})

    def test_far_point_gets_own_bucket(self):
        lat, lon = self.point
        cells = grid.bucket([("a", lat, lon), ("z", lat + 5, lon)])
        self.assertEqual(len(cells), 2)
