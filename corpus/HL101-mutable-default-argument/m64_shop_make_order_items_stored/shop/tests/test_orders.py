import unittest

from ..services import make_order


class OrderTests(unittest.TestCase):
    customer = "customer-0"
    sku = "SKU-0"

    def setUp(self):
        self.order = make_order(self.customer)

    def test_add_line_counts_quantity(self):
        self.order.add_line(self.sku, 3)
        self.assertEqual(self.order.quantity(self.sku), 3)

    def test_summary_names_customer(self):
        self.assertTrue(self.order.summary().startswith(self.customer))
