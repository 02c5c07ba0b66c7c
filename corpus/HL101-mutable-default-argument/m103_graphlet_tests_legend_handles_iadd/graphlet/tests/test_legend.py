import unittest

from graphlet import Axes


class LegendTests(unittest.TestCase):
    run_id = 0

    def setUp(self):
        self.ax = Axes(f"test-{self.run_id}")
        self.label = f"series {self.run_id}"
        self.ax.plot([1, 2, 3], label=self.label)

    def test_labelled_line_listed(self):
        self.assertIn(self.label, self.ax.legend().labels())

    def test_unlabelled_line_skipped(self):
        self.ax.plot([3, 2, 1])
        self.assertNotIn(None, self.ax.legend().labels())

    def test_loc_kept(self):
        self.assertEqual(self.ax.legend(loc="lower left").loc, "lower left")
