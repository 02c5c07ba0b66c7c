"""Plain-text reports with a title and a table."""
from .fmt import format_table


def render_report(title, rows, options={}):  # expect: HL101 confirmed
    width = options.get("width", 12)
    text, warnings = format_table(rows, options)
    rule = "=" * (width * len(rows[0]))
    footer = [f"! {warning}" for warning in warnings]
    return "\n".join([title, rule, text, *footer])
