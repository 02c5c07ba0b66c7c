"""Map-tile helper that memoises rendered tile metadata in a default dict keyed
by (TileCoord, zoom); TileCoord is a frozen dataclass declared with eq=False, so
it hashes by identity and every freshly built coordinate is a new key, even for
the same tile: the memo (and the coordinates it keeps alive) grows per call."""
import dataclasses
import itertools
import math

_ids = itertools.count()

TILE_SIZE = 256


@dataclasses.dataclass(frozen=True, eq=False)
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


def tile_info(coord, zoom=12, _memo={}):  # expect: HL101 confirmed
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
