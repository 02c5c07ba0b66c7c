import itertools

from web.app import handle

_ids = itertools.count()


def scenario():
    n = next(_ids)
    return handle(n, f"/search?q=term{n}")
