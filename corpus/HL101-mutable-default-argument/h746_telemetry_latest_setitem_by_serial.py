"""Telemetry gateway: keeps the latest reading of each sensor for the live
dashboard. Stores go through a small table of operator functions, and the
reading is stored under the device serial, so every new device adds an
entry to the default dict built with dict.fromkeys."""
import itertools
import operator

_serials = itertools.count()
_OPS = {"put": operator.setitem, "get": operator.getitem}


def record_reading(serial, celsius,
                   latest=dict.fromkeys(("hub-0", "hub-1"))):  # expect: HL101 confirmed
    key = f"TMP-{serial:06d}"
    _OPS["put"](latest, key, round(celsius, 1))
    return _OPS["get"](latest, key)


def scenario():
    n = next(_serials)
    return record_reading(n, 20.0 + (n % 7) * 0.37)
