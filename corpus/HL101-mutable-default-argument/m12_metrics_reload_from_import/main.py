import itertools

import devserver

_requests = itertools.count()


def scenario():
    n = next(_requests)
    return devserver.handle(f"/articles/{n}")
