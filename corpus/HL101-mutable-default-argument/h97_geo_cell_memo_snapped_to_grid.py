"""Fleet tracker: `grid_memo` caches per-position lookups (UTM zone, map tile)
in a dict default shared by every decorated function. The key snaps the GPS
fix to a half-degree grid cell first, and the fleet stays inside one city, so
the float-tuple keys come from a handful of cells however far vehicles drive."""
import functools
import itertools


# heaplint-todo: called with new arguments as outside code would call it, wrapper grows it; but this application uses wrapper as a value (a table, an attribute, a callback) or the interpreter calls it, and the application's own code, run from its entry points, did not grow it (heaplint: unknown)
def grid_memo(fn, cache={}):  # expect: HL101 refuted
    @functools.wraps(fn)
    def wrapper(lat, lon):
        key = (fn.__name__, round(lat * 2) / 2, round(lon * 2) / 2)
        if key not in cache:
            cache[key] = fn(*key[1:])
        return cache[key]
    return wrapper


@grid_memo
def utm_zone(lat, lon):
    return "%d%s" % (int((lon + 180) // 6) + 1, "CDEFGHJKLMNPQRSTUVWXX"[int((lat + 80) // 8)])


@grid_memo
def tile(lat, lon, zoom=8):
    return zoom, int((lon + 180) / 360 * 2 ** zoom), int((90 - lat) / 180 * 2 ** zoom)


_seq = itertools.count()


def scenario():
    n = next(_seq)
    lat = 52.30 + (n * 0.0137) % 0.4
    lon = 13.10 + (n * 0.0291) % 0.5
    return utm_zone(lat, lon), tile(lat, lon)
