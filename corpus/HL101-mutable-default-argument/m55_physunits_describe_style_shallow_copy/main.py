"""Star catalogue page: show each star's distance in kilometres."""
import itertools

import physunits.core as pc
from physunits import catalog as cat

_stars = itertools.count(1)


def scenario():
    n = next(_stars)
    distance = pc.Quantity(4.2 + n / 1000, cat.LIGHT_YEAR)
    text, warnings = distance.to(cat.KILOMETRE).describe()
    return f"HD {100000 + n}: {text}" + (" [sci]" if warnings else "")
