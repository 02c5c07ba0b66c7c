"""render: report kind -> formatter class, and the one call the views make."""
from .plain import PlainFormatter
from .totals import TotalsFormatter

FORMATTERS = {"plain": PlainFormatter, "totals": TotalsFormatter}


def build_report(kind, title, rows, **options):
    formatter = FORMATTERS[kind](title, **options)
    return formatter.render(rows)
