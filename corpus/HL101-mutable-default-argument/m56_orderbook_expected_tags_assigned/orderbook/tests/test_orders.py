from orderbook import Order

from .base import OrderTestCase


class NewOrderTests(OrderTestCase):
    def setUp(self):
        self.order = Order(f"{self.batch}-1", "acme", tags=["priority", self.batch])

    def test_new_order_is_open(self):
        expected = self.expected_order(self.order.id, ["priority", self.batch])
        self.assertOrderMatches(self.order, expected)

    def test_total(self):
        self.order.add_line("SKU-1", 2, 5)
        self.order.add_line("SKU-2", 1, 7)
        self.assertEqual(self.order.total(), 17)
        expected = self.expected_order(self.order.id, [self.batch, "priority", "gift"])
        self.assertOrderMatches(self.order, expected)
