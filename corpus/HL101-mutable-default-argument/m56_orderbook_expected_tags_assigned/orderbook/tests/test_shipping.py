import orderbook as ob
from orderbook.tests.base import OrderTestCase


class ShippingTests(OrderTestCase):
    def test_shipped_order_is_tagged(self):
        order = ob.Order(f"{self.batch}-2", "globex", tags=[self.batch])
        order.ship()
        expected = self.expected_order(order.id, [self.batch, "shipped"])
        expected = dict(expected, status="shipped")
        self.assertOrderMatches(order, expected)

    def test_shipped_order_is_closed(self):
        order = ob.Order(f"{self.batch}-3", "globex")
        order.ship()
        with self.assertRaises(ValueError):
            order.add_line("SKU-9", 1, 1)
