"""Sales dashboard: order totals are grouped into 50-unit bands with
int(total // 50) and each band keeps [count, revenue] in a dict default.
Nothing caps the band, and the totals here keep rising, so every order
opens a new band and its list stays in the default."""
import itertools

_ids = itertools.count()


def add_order(total, bands={}):  # expect: HL101 confirmed
    key = int(total // 50) * 50
    band = bands.setdefault(key, [0, 0.0])
    band[0] += 1
    band[1] += round(total, 2)
    return key


def scenario():
    n = next(_ids)
    return add_order(20 + n * 61.25)
