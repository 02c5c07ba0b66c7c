"""Telemetry gateway: keeps the latest reading shown on each of the sixteen
dashboard tiles. Stores go through a small table of operator functions, and
the reading is stored under the tile the serial maps to, so the default dict
built with dict.fromkeys never holds more than sixteen tiles."""
import itertools
import operator

_serials = itertools.count()
_OPS = {"put": operator.setitem, "get": operator.getitem}
_TILES = 16


def record_reading(serial, celsius,
                   latest=dict.fromkeys(("hub-0", "hub-1"))):  # expect: HL101 refuted
    key = f"TILE-{serial % _TILES:02d}"
    _OPS["put"](latest, key, round(celsius, 1))
    return _OPS["get"](latest, key)


def scenario():
    n = next(_serials)
    return record_reading(n, 20.0 + (n % 7) * 0.37)
