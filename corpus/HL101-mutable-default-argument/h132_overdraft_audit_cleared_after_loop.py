"""Overdraft check for a bank-statement importer. `running_balances()` is a
generator that yields the balance after each posting, in booking order, and
keeps the balances of the statement being read in an audit list (a default
argument) for error reports. The list is emptied after the loop, which only
runs when the statement is read to the end; the consumer stops at the first
overdraft, and closing the generator there skips the clean-up."""
import itertools
from datetime import date, timedelta
from decimal import Decimal

_statements = itertools.count()


# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the test at line 24 (heaplint: unknown)
def running_balances(postings, opening=Decimal("0.00"), _audit=[]):  # expect: HL101 confirmed
    balance = opening
    for booked_on, amount in sorted(postings):
        balance += amount
        _audit.append((booked_on, balance))
        yield booked_on, balance
    del _audit[:]


def first_overdraft(postings, opening):
    return next(((day, bal) for day, bal in running_balances(postings, opening) if bal < 0), None)


def scenario():
    n = next(_statements)
    day = date(2024, 1, 1) + timedelta(days=n)
    postings = [(day, Decimal("-120.00") - n), (day - timedelta(days=1), Decimal("80.00")),
                (day + timedelta(days=2), Decimal("500.00"))]
    found = first_overdraft(postings, Decimal("25.00"))
    return found and "%s: %s" % (found[0].isoformat(), found[1])
