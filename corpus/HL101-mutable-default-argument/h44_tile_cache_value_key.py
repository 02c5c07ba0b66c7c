"""Map-tile helper that memoises rendered tile metadata in a default dict keyed
by (TileCoord, zoom); TileCoord is a frozen dataclass with value equality, so
coordinates rebuilt for the same tile are equal and hash alike, and the memo
holds one entry per distinct tile (the markers hit only a handful)."""
import dataclasses
import itertools
import math

_ids = itertools.count()

TILE_SIZE = 256


@dataclasses.dataclass(frozen=True)
class TileCoord:
    x: int
    y: int

    @classmethod
    def from_lat_lon(cls, lat, lon, zoom):
        scale = 2 ** zoom
        x = int((lon + 180.0) / 360.0 * scale)
        rad = math.radians(lat)
        y = int((1.0 - math.asinh(math.tan(rad)) / math.pi) / 2.0 * scale)
        return cls(x, y)


# heaplint-todo: keys hold frozen dataclass coordinates compared by value: whether a rebuilt coordinate is a new key is not concluded (heaplint: unknown)
def tile_info(coord, zoom=12, _memo={}):  # expect: HL101 refuted
    key = (coord, zoom)
    info = _memo.get(key)
    if info is None:
        info = {
            "url": "/tiles/%d/%d/%d.png" % (zoom, coord.x, coord.y),
            "origin_px": (coord.x * TILE_SIZE, coord.y * TILE_SIZE),
        }
        _memo[key] = info
    return info


def tiles_for_marker(lat, lon, zoom=12):
    coord = TileCoord.from_lat_lon(lat, lon, zoom)
    return tile_info(coord, zoom)["url"]


def scenario():
    n = next(_ids)
    # GPS fixes jitter around a few city blocks: fresh floats, same few tiles.
    lat = 52.52 + (n % 4) * 0.02 + n * 1e-7
    lon = 13.40 + (n % 3) * 0.03 - n * 1e-7
    return tiles_for_marker(lat, lon)
