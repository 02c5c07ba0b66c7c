"""Delivery planner: every order's address goes through geo.geocode, whose decorator (another module) caches by address."""
import itertools

from geo import geocode

_orders = itertools.count()


def scenario():
    n = next(_orders)
    return geocode(f"{n} Main Street, Springfield")
