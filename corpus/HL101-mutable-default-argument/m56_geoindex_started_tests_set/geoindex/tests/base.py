import unittest

import geoindex as gi


class GridTestCase(unittest.TestCase):
    point = (0.0, 0.0)

    def register_start(self, started=set()):  # expect: HL101 refuted
        started.add(self)
        return len(started)

    def setUp(self):
        self.ordinal = self.register_start()
        self.cell = gi.cell_for(*self.point)

    def assertAdjacent(self, a, b):
        msg = f"{b} is not next to {a} (test #{self.ordinal})"
        self.assertIn(b, gi.neighbours(a), msg)
