"""Field survey app: each call converts one GPS fix into a site-local grid."""
import itertools

import geo

_fixes = itertools.count(1)


def scenario():
    n = next(_fixes)
    origin = (47.0 + n * 1e-4, 8.0 + n * 2e-4)
    grid = geo.LocalGrid(origin)
    return grid.to_local(origin[0] + 0.001, origin[1] - 0.002)
