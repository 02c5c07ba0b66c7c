"""Map tile server: each request resolves the tile under a tracked vehicle's position."""
import itertools

import tiles

_fixes = itertools.count()


def scenario():
    n = next(_fixes)
    lon = -170.0 + (n * 0.0071) % 340.0
    lat = 48.0 + (n % 97) * 0.013
    return tiles.tile_for(lon, lat)["url"]
