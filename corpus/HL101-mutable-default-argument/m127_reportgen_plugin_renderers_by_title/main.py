"""Reporting job: each call renders one new weekly report, alternating output kinds."""
import itertools

from reportgen import render_report

_weeks = itertools.count(1)


def scenario():
    n = next(_weeks)
    kind = ("csv_rows", "text_table")[n % 2]
    rows = [("orders", n * 3), ("refunds", n % 7), ("revenue", n * 41)]
    return render_report(kind, f"Weekly report #{n}", rows)
