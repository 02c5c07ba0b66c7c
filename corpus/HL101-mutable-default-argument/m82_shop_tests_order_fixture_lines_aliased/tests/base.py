"""Base TestCase with the order fixtures every shop test uses."""
import unittest

from shop import Order


class ShopTestCase(unittest.TestCase):
    customer = "walk-in"  # main.py points this at a fresh customer before each run

    def setUp(self):
        self.customer_name = self.customer.title()

    def make_order(self, lines=[]):  # expect: HL101 confirmed
        return Order(self.customer_name, lines)

    def assertTotal(self, order, cents):
        self.assertEqual(order.total(), cents, f"order for {order.customer}")
