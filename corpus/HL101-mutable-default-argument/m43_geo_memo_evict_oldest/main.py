import itertools

from geo import resolve_city, UnknownAddress

_ids = itertools.count(1)


def scenario():
    n = next(_ids)
    ip = "10.%d.%d.%d" % ((n >> 16) & 255, (n >> 8) & 255, n & 255)
    try:
        city = resolve_city(" %s " % ip)
    except UnknownAddress:
        city = None
    return city
