from .base import ShopTestCase


class OrderTests(ShopTestCase):
    sku = "SKU-0"  # main.py sets a fresh SKU before each run

    def setUp(self):
        super().setUp()
        self.order = self.make_order()

    def test_add_line_recorded(self):
        self.order.add(self.sku, 2, 450)
        self.assertEqual(self.order.lines[-1], (self.sku, 2, 450))

    def test_customer_from_fixture(self):
        self.assertEqual(self.order.customer, self.customer_name)

    def test_total_of_given_lines(self):
        order = self.make_order([(self.sku, 3, 100), ("SKU-GIFT", 1, 0)])
        self.assertTotal(order, 300)
