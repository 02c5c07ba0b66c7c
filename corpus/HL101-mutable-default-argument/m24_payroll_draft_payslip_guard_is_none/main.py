"""Payroll run: opens a draft payslip for every new hire."""
import itertools

from payroll.payslip import draft_payslip

_hires = itertools.count()


def scenario():
    n = next(_hires)
    return draft_payslip(f"emp-{n:06d}", ("DE", "FR", "NL")[n % 3])
