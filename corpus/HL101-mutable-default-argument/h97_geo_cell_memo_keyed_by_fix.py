"""Fleet tracker: `grid_memo` caches per-position lookups (UTM zone, map tile)
in a dict default shared by every decorated function. The key is the GPS fix
rounded to 4 decimals (about 10 m), and vehicles keep moving, so nearly every
fix is a new (name, lat, lon) float tuple that stays in the cache."""
import functools
import itertools


def grid_memo(fn, cache={}):  # expect: HL101 confirmed
    @functools.wraps(fn)
    def wrapper(lat, lon):
        key = (fn.__name__, round(lat, 4), round(lon, 4))
        if key not in cache:
            cache[key] = fn(lat, lon)
        return cache[key]
    return wrapper


@grid_memo
def utm_zone(lat, lon):
    return "%d%s" % (int((lon + 180) // 6) + 1, "CDEFGHJKLMNPQRSTUVWXX"[int((lat + 80) // 8)])


@grid_memo
def tile(lat, lon, zoom=12):
    return zoom, int((lon + 180) / 360 * 2 ** zoom), int((90 - lat) / 180 * 2 ** zoom)


_seq = itertools.count()


def scenario():
    n = next(_seq)
    lat = 52.30 + (n * 0.0137) % 0.4
    lon = 13.10 + (n * 0.0291) % 0.5
    return utm_zone(lat, lon), tile(lat, lon)
