import unittest

from . import audit, checkout


class CheckoutTests(unittest.TestCase):
    order_id = 0

    def test_receipt_names_order(self):
        order, receipt = checkout.place_order(self.order_id, [("pen", 1.5), ("pad", 3.0)])
        self.assertIn(f"order {order['id']}", receipt)
        self.assertTrue(receipt.endswith("(4.50)"))

    def test_audit_counts_order(self):
        before = audit.placed["checkout"]
        checkout.place_order(self.order_id, [("ink", 7.25)])
        self.assertEqual(audit.placed["checkout"], before + 1)
