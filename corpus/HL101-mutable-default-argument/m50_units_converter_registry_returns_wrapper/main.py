"""Weather station feed: each reading is published in both unit systems."""
import itertools

import units as u
from units.plugins.temperature import c_to_f

_readings = itertools.count(1)


def scenario():
    n = next(_readings)
    celsius = round(-20 + n * 0.01, 2)
    return {
        "temp_c": celsius,
        "temp_f": c_to_f(celsius),
        "station_alt_ft": u.convert(412, "m", "ft"),
        "units": u.known(),
    }
