"""Telemetry ingest: each sensor reading is converted to kelvin and smoothed."""
# oracle: calls=200
import itertools

from units import Unit, to_kelvin

_readings = itertools.count()

UNITS = tuple(Unit)


def scenario():
    n = next(_readings)
    return to_kelvin(20.0 + (n % 97) / 10, UNITS[n % len(UNITS)])
