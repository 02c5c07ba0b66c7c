"""API tests: check_order() looks order ids up in its expected-status dict with get() and a fallback."""
import itertools
import unittest

_orders = itertools.count()


class OrderApiTests(unittest.TestCase):
    def check_order(self, order, expected={}):  # expect: HL101 refuted
        status = expected.get(order["id"], "pending")
        self.assertEqual(order["status"], status)

    def test_new_order_is_pending(self):
        n = next(_orders)
        self.check_order({"id": f"ord-{n}", "status": "pending"})


def scenario():
    case = OrderApiTests("test_new_order_is_pending")
    case.test_new_order_is_pending()
    return case.id()
