import unittest

import kiosk


class TillTests(unittest.TestCase):
    qty = 1

    def test_total_and_receipt(self):
        total, last = kiosk.checkout([("apple", self.qty), ("milk", 2)])
        self.assertAlmostEqual(total, 0.45 * self.qty + 2.38)
        self.assertTrue(last.startswith("TOTAL"))

    def test_empty_basket_rejected(self):
        with self.assertRaises(ValueError):
            kiosk.checkout([])
