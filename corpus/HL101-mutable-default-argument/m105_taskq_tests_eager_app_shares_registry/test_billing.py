"""Unit tests for the billing tasks, run eagerly on a throwaway app per test."""
import itertools
import unittest

import billing
from taskq import EagerApp

_runs = itertools.count(1)


class InvoiceTotalTests(unittest.TestCase):
    def setUp(self):
        self.n = next(_runs)
        self.app = EagerApp(f"test_billing_{self.n}")
        self.total = self.app.task(billing.invoice_total)

    def test_total_includes_tax(self):
        lines = [(2, 5.0 + self.n), (1, 3.5)]
        expected = round((2 * (5.0 + self.n) + 3.5) * 1.2, 2)
        self.assertEqual(self.total.delay(lines), expected)

    def test_registered_under_app_name(self):
        self.assertTrue(self.total.name.startswith(self.app.main + "."))
