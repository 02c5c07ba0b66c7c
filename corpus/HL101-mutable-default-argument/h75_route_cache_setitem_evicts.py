"""Routing: resolved request paths are memoised in a size-limited dict subclass."""
import itertools
import re

ROUTES = [
    (re.compile(r"^/users/(?P<user_id>\d+)$"), "user_detail"),
    (re.compile(r"^/orders/(?P<order_id>\d+)/items$"), "order_items"),
    (re.compile(r"^/health$"), "health"),
]


class BoundedCache(dict):
    def __init__(self, maxsize):
        super().__init__()
        self.maxsize = maxsize

    def __setitem__(self, key, value):
        if key not in self and len(self) >= self.maxsize:
            del self[next(iter(self))]
        super().__setitem__(key, value)


def resolve(path, _cache=BoundedCache(maxsize=32)):  # expect: HL101 refuted
    try:
        return _cache[path]
    except KeyError:
        pass
    for pattern, view in ROUTES:
        match = pattern.match(path)
        if match:
            _cache[path] = (view, match.groupdict())
            return _cache[path]
    raise LookupError(path)


_requests = itertools.count()


def scenario():
    n = next(_requests)
    view, kwargs = resolve(f"/orders/{n}/items")
    return view, resolve(f"/users/{n * 7}")[1]
