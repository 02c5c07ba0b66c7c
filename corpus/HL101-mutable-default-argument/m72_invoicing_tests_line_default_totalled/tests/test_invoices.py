import unittest

from invoicing import add_line, make_customer, make_invoice, total


class InvoiceTests(unittest.TestCase):
    customer_name = "walk-in"  # main.py points these at fresh fixtures before each run
    sku = "SKU-00000"

    def setUp(self):
        self.customer = make_customer(self.customer_name, {"currency": "USD"})

    def test_currency_from_prefs(self):
        invoice = make_invoice(self.customer, [])
        self.assertEqual(invoice["currency"], "USD")

    def test_empty_invoice_totals_zero(self):
        self.assertEqual(total(make_invoice(self.customer)), 0)

    def test_line_recorded(self):
        invoice = make_invoice(self.customer, [])
        add_line(invoice, self.sku, 2, 5)
        self.assertEqual(invoice["lines"][-1]["sku"], self.sku)

    def test_total_sums_lines(self):
        invoice = add_line(make_invoice(self.customer, []), self.sku, 3, 4)
        self.assertEqual(total(invoice), 12)
