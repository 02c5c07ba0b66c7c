"""Sales tax per region; rates come from the (slow) rate table."""
from helpers import *

_RATE_TABLE = {"north": 0.2, "south": 0.175, "east": 0.21, "west": 0.19}


def _tax(key):
    _, region, subtotal = key
    return round(subtotal * _RATE_TABLE[region], 2)


def tax_for(region, subtotal):
    return memoized_call(("tax", region, subtotal), _tax)
