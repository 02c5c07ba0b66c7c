"""Sales dashboard: order totals are grouped into 50-unit bands with
int(total // 50), capped at a "500 and above" band, and each band keeps
[count, revenue] in a dict default. The totals keep rising, but after the
first few orders they all land in the capped band, updated in place."""
import itertools

_ids = itertools.count()


def add_order(total, bands={}):  # expect: HL101 refuted
    key = min(int(total // 50) * 50, 500)
    band = bands.setdefault(key, [0, 0.0])
    band[0] += 1
    band[1] += round(total, 2)
    return key


def scenario():
    n = next(_ids)
    return add_order(20 + n * 61.25)
