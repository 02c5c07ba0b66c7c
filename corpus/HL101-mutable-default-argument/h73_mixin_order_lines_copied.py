"""Checkout tests: a factory mixin builds orders for several TestCase classes."""
import itertools
import unittest
from decimal import Decimal

_ids = itertools.count()


class Order:
    def __init__(self, number, lines):
        self.number = number
        self.lines = lines

    def quantity(self, sku):
        return sum(qty for line_sku, qty, _ in self.lines if line_sku == sku)


class OrderFactoryMixin:
    def make_order(self, *lines, extras=[("gift-wrap", 1, Decimal("0.00"))]):  # expect: HL101 refuted
        order_lines = list(extras)
        order_lines.extend(lines)
        return Order("ORD-%06d" % next(_ids), order_lines)


class ShippingTests(OrderFactoryMixin, unittest.TestCase):
    def test_gift_wrap_is_free(self):
        order = self.make_order(("sku-%d" % next(_ids), 2, Decimal("4.50")))
        self.assertEqual(order.lines[0][2], Decimal("0.00"))


class InventoryTests(OrderFactoryMixin, unittest.TestCase):
    def test_quantity_per_sku(self):
        sku = "sku-%d" % next(_ids)
        order = self.make_order((sku, 3, Decimal("1.00")), ("mug", 1, Decimal("8.00")))
        self.assertEqual(order.quantity(sku), 3)


def scenario():
    loader = unittest.defaultTestLoader
    suite = unittest.TestSuite(loader.loadTestsFromTestCase(c) for c in (ShippingTests, InventoryTests))
    result = suite.run(unittest.TestResult())
    assert result.wasSuccessful(), result.errors + result.failures
