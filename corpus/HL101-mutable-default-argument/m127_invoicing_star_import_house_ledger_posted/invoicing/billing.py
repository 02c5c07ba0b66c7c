"""bill(): HOUSE_LEDGER arrives through `from .models import *` (listed in models.__all__).

posting.post appends to the ledger it is given, so every bill made without
an explicit ledger adds a line to the shared HOUSE_LEDGER.
"""
from .models import *
from .posting import post


def bill(customer, cents, ledger=HOUSE_LEDGER):  # expect: HL101 confirmed
    return post(ledger, customer, cents)
