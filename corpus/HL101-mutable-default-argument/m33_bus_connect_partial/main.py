import itertools

from shop.checkout import place_order

_ids = itertools.count(500)
COUNTRIES = ("DE", "FR", "NL", "US")


def scenario():
    n = next(_ids)
    lines = [(1 + i % 3, 100 + n + i) for i in range(n % 4 + 1)]
    total, failures = place_order("ord-%d" % n, COUNTRIES[n % 4], lines)
    return total - failures
