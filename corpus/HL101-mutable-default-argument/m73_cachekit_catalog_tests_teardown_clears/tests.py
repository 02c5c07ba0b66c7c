import unittest

from catalog import clear_caches, price_of, stock_of


class CatalogTests(unittest.TestCase):
    sku = "SKU-00000"  # main.py points this at a fresh SKU before each run

    def tearDown(self):
        clear_caches()

    def test_price_is_stable(self):
        self.assertEqual(price_of(self.sku), price_of(self.sku))

    def test_price_in_range(self):
        self.assertTrue(100 <= price_of(self.sku) < 190)

    def test_stock_per_warehouse(self):
        for warehouse in ("ams", "rtm"):
            self.assertTrue(0 <= stock_of(self.sku, warehouse) < 50)
