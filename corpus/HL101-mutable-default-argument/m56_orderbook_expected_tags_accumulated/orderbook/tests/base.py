import unittest


class OrderTestCase(unittest.TestCase):
    batch = "batch-0"

    def expected_order(self, order_id, tags, expected={"status": "open", "currency": "EUR"}):  # expect: HL101 confirmed
        expected["id"] = order_id
        expected.setdefault("tags", set()).update(tags)
        return expected

    def assertOrderMatches(self, order, expected):
        self.assertEqual(order.id, expected["id"])
        self.assertEqual(order.status, expected["status"])
        self.assertEqual(order.currency, expected["currency"])
        self.assertLessEqual(order.tags, expected["tags"])
