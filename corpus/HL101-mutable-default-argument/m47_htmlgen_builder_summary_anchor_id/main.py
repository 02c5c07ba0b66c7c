"""Invoice pages: the line items as a table, then the total row."""
import itertools

from htmlgen import render_table, summary_row

_invoices = itertools.count(1)


def scenario():
    n = next(_invoices)
    lines = [(f"Item {n}-{i}", i + 1, 2.5 * (n % 9 + i)) for i in range(3)]
    total = sum(qty * price for _, qty, price in lines)
    body = render_table(["Item", "Qty", "Price"], lines)
    return body + summary_row(f"Invoice {n} total", total)
