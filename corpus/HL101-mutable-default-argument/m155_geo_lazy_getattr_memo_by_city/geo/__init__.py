"""geo: geocoding and distances for the delivery planner.

Submodules are imported on first attribute access, so scripts that only need
the constants do not pay for the gazetteer.
"""
import importlib

EARTH_RADIUS_KM = 6371.0
_SUBMODULES = ("geocoder", "distance")


def __getattr__(name):
    if name in _SUBMODULES:
        module = importlib.import_module(f".{name}", __name__)
        globals()[name] = module
        return module
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return sorted(list(globals()) + list(_SUBMODULES))
