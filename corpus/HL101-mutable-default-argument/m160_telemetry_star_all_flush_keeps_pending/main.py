"""Checkout service: each completed order bumps its counters and records its latency."""
import itertools

from telemetry import *

_orders = itertools.count()
REGIONS = ("eu-west", "eu-central", "us-east", "us-west")


def scenario():
    n = next(_orders)
    region = REGIONS[n % len(REGIONS)]
    incr("checkout.completed", tags=(f"region:{region}",))
    incr("checkout.items", value=n % 5 + 1, tags=(f"customer:{n}",))
    return timing("checkout.latency", 12.5 + n % 40, tags=(f"region:{region}",))
