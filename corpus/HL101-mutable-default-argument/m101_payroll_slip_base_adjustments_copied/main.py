"""Payroll run: one hourly slip per call, for a newly added employee."""
import itertools

import payroll

_ids = itertools.count(1)


def scenario():
    n = next(_ids)
    return payroll.run_period(f"emp-{n:05d}", 18.0 + n % 7, f"2024-W{n % 52 + 1:02d}", 38 + n % 9)
