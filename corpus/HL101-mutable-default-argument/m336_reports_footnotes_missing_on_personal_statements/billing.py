"""Billing: monthly statements. Corporate statements list their refunds in
footnotes, so they get a footnote list before rendering."""
from reports import Report, render_table


def statement(account, lines):
    report = Report(f"Statement {account}", ("date", "item", "amount"))
    if account.startswith("corp-"):
        report.footnotes = []
    body = render_table(report, lines)
    return body + "".join(f"\n* {n}" for n in getattr(report, "footnotes", ()))
