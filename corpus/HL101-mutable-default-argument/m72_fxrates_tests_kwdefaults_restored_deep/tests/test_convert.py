import unittest

import fx
from fx import fixtures


class ConvertTests(unittest.TestCase):
    amount = 100.0  # main.py sets a fresh amount before each run

    def tearDown(self):
        fixtures.restore()

    def test_round_trip(self):
        there = fx.convert(self.amount, "EUR", "USD")
        self.assertAlmostEqual(fx.convert(there, "USD", "EUR"), self.amount, delta=0.01)

    def test_same_currency(self):
        self.assertEqual(fx.convert(self.amount, "GBP", "GBP"), self.amount)

    def test_yen_has_no_fraction_surprises(self):
        self.assertGreater(fx.convert(self.amount, "EUR", "JPY"), self.amount)
