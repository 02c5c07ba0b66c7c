"""Field survey app: each call measures one GPS fix against the site origin."""
import itertools

import geo

_fixes = itertools.count(1)


def scenario():
    n = next(_fixes)
    fix = (47.0 + n * 1e-4, 8.0 + n * 2e-4)
    return geo.Haversine().distance((47.0, 8.0), fix)
