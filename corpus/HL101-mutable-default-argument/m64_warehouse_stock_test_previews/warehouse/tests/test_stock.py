import unittest

import warehouse.stock as stock_service


class StockTests(unittest.TestCase):
    order_id = "ord-000000"
    sku = "SKU-RED"

    def setUp(self):
        self.stock = stock_service.make_stock("wh-test")

    def test_unknown_sku_has_nothing(self):
        self.assertEqual(self.stock.available("SKU-NONE"), 0)

    def test_order_lowers_available(self):
        before = self.stock.available(self.sku)
        left = self.stock.preview(self.order_id, self.sku, 2)["left"]
        self.assertEqual(left, before - 2)
