"""Billing dashboard: each call renders the totals of a fresh team (every fifth as text)."""
import itertools

import report as rpt

_teams = itertools.count()


def scenario():
    n = next(_teams)
    rows = [{"name": f"team{n}-member{i}", "total": n * 10 + i} for i in range(3)]
    fmt = "plain_text" if n % 5 == 0 else "markdown_table"
    return len(rpt.render(rows, fmt))
