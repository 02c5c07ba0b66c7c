"""List view: pages of the current result are cached by page number; there are only five pages to click through."""
import itertools


def paginate(items, page=0, size=10, cache={}):  # expect: HL101 refuted
    if page not in cache:
        start = page * size
        cache[page] = items[start:start + size]
    return cache[page]


_clicks = itertools.count()


def scenario():
    n = next(_clicks)
    results = [f"result-{n}-{i}" for i in range(50)]
    return len(paginate(results, page=n % 5))
