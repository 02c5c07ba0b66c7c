"""Ops dashboard: each call renders the daily request table (one new day
column per run) and exports the same rows to CSV."""
import itertools

import reports

_days = itertools.count(1)


def scenario():
    n = next(_days)
    day = f"requests_on_day_{n:05d}"
    rows = [{"host": f"web{i}", day: (i + 1) * n % 997} for i in range(3)]
    text = reports.render(rows)
    reports.to_csv(rows)
    return text
