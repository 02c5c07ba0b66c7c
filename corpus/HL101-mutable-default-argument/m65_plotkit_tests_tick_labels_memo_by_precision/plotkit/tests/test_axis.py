import unittest

from plotkit import Axis, format_tick


class AxisLabelTests(unittest.TestCase):
    lo, hi = 0.0, 1.0

    def setUp(self):
        self.axis = Axis(self.lo, self.hi, precision=3)

    def test_label_count(self):
        self.assertEqual(len(self.axis.labels(count=7)), 7)

    def test_ends_are_labelled(self):
        labels = self.axis.labels()
        self.assertEqual(labels[0], format_tick(self.lo, 3))
        self.assertEqual(labels[-1], format_tick(self.hi, 3))

    def test_trailing_zeros_dropped(self):
        self.assertEqual(format_tick(2.5, 3), "2.5")

    def test_reversed_range_rejected(self):
        with self.assertRaises(ValueError):
            Axis(self.hi, self.lo)
