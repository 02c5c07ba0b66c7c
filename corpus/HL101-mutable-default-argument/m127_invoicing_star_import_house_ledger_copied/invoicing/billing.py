"""bill(): HOUSE_LEDGER arrives through `from .models import *` (listed in models.__all__).

The ledger is copied first (dataclasses.replace with a fresh lines list), so
posting.post appends to the copy and the shared HOUSE_LEDGER stays empty.
"""
import dataclasses

from .models import *
from .posting import post


def bill(customer, cents, ledger=HOUSE_LEDGER):  # expect: HL101 refuted
    ledger = dataclasses.replace(ledger, lines=list(ledger.lines))
    return post(ledger, customer, cents)
