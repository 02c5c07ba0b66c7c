"""Dispatch desk: each call sends one newly registered van out and back."""
import itertools

from fleet import Vehicle

_plates = itertools.count(100)


def scenario():
    n = next(_plates)
    van = Vehicle(f"ZH-{n:06d}", odometer_km=n % 900)
    van.dispatch(route_km=12 + n % 30)
    return van.return_to_depot(), van.status
