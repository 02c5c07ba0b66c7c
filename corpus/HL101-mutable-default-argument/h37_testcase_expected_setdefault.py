"""API tests: check_order() fills unknown order ids into its expected-status dict with setdefault()."""
import itertools
import unittest

_orders = itertools.count()


class OrderApiTests(unittest.TestCase):
    # heaplint-todo: the scenario builds the TestCase through unittest's constructor, which the model does not run, so check_order's growth is not shown (heaplint: unknown)
    def check_order(self, order, expected={}):  # expect: HL101 confirmed
        expected.setdefault(order["id"], "pending")
        self.assertEqual(order["status"], expected[order["id"]])

    def test_new_order_is_pending(self):
        n = next(_orders)
        self.check_order({"id": f"ord-{n}", "status": "pending"})


def scenario():
    case = OrderApiTests("test_new_order_is_pending")
    case.test_new_order_is_pending()
    return case.id()
