"""Self-tests for the order-placed hooks."""
import unittest

import orderchecks
from hookbus import Bus


class OrderBusTests(unittest.TestCase):
    ident = 0

    def setUp(self):
        self.bus = Bus()
        self.bus.subscribe("order.placed", orderchecks.require_lines)
        self.bus.subscribe("order.placed", orderchecks.total)

    def test_total_is_reported(self):
        payload = {"id": self.ident, "lines": [(2, 1.5), (1, float(self.ident % 10))]}
        results = self.bus.publish("order.placed", payload)
        self.assertEqual(results[1], 3.0 + self.ident % 10)

    def test_empty_order_is_rejected(self):
        with self.assertRaises(ValueError):
            self.bus.publish("order.placed", {"id": self.ident, "lines": []})
