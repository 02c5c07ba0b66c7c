"""Prices with tax, via a relative import of the rate table."""
from .rates import lookup_rate


def gross(net_cents, region):
    rate = lookup_rate(region)
    return net_cents + net_cents * rate // 100
