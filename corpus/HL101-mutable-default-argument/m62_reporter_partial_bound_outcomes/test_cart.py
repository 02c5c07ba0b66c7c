from decimal import Decimal

from testing import TestCase

PRICES = {"apple": Decimal("0.40"), "pear": Decimal("0.55")}


def cart_total(items):
    return sum((PRICES[name] * qty for name, qty in items), Decimal("0"))


class CartTests(TestCase):
    def test_total(self):
        self.assertEqual(cart_total([("apple", 2), ("pear", 1)]), Decimal("1.35"))

    def test_empty_cart(self):
        self.assertEqual(cart_total([]), 0)

    def test_coupon_code(self):
        self.assertTrue(self.param.isalnum())
