from ..cache import memo
from ..compat import lonlat_to_tile

TILE_URL = "https://tiles.example.test/{z}/{x}/{y}.png"


def _describe(zoom, x, y):
    return {"url": TILE_URL.format(z=zoom, x=x, y=y), "x": x, "y": y, "z": zoom}


def tile_for(lon, lat, zoom=16):
    x, y = lonlat_to_tile(lon, lat, zoom)
    return memo((zoom, x, y), lambda: _describe(zoom, x, y), maxsize=None)
