import unittest

from billing import *


class CartTests(unittest.TestCase):
    owner = "qa"
    sku = "SKU-T"

    def setUp(self):
        self.cart = make_cart(self.owner)

    def tearDown(self):
        self.cart = None

    def test_add_increases_total(self):
        before = self.cart.total()
        self.cart.add(self.sku, 9.99, 2)
        self.assertAlmostEqual(self.cart.total() - before, 19.98)

    def test_owner_kept(self):
        self.assertIsInstance(self.cart, Cart)
        self.assertEqual(self.cart.owner, self.owner)
