import unittest

import statkit


class IntervalTests(unittest.TestCase):
    sample = (1.0, 2.0, 3.0, 4.0)

    def test_mean_inside_interval(self):
        lo, hi = statkit.interval(self.sample)
        self.assertLessEqual(lo, statkit.mean(self.sample))
        self.assertGreaterEqual(hi, statkit.mean(self.sample))

    def test_wider_at_higher_confidence(self):
        lo95, hi95 = statkit.interval(self.sample, 0.95)
        lo99, hi99 = statkit.interval(self.sample, 0.99)
        self.assertGreaterEqual(hi99 - lo99, hi95 - lo95)

    def test_critical_value_95(self):
        self.assertAlmostEqual(statkit.critical_value(0.95), 1.959964, places=5)
