"""URL resolver for a small web framework: route patterns are compiled at import
and ``resolve`` memoises path -> (view, args) in a default OrderedDict, trimming
the least recently used entry on a cache hit once it holds over ``maxsize``."""
import itertools
import re
from collections import OrderedDict

_requests = itertools.count(1000)
ROUTES = ((re.compile(r"^/articles/(?P<slug>[\w-]+)/$"), "article_detail"),
          (re.compile(r"^/users/(?P<pk>\d+)/$"), "user_detail"))


def resolve(path, _cache=OrderedDict(), maxsize=32):  # expect: HL101 confirmed
    if path in _cache:
        _cache.move_to_end(path)
        if len(_cache) > maxsize:
            _cache.popitem(last=False)
        return _cache[path]
    result = (None, ())
    for pattern, view in ROUTES:
        match = pattern.match(path)
        if match:
            result = (view, match.groups())
            break
    _cache[path] = result
    return result


def scenario():
    n = next(_requests)
    path = "/articles/post-%d/" % n if n % 2 else "/users/%d/" % n
    return resolve(path)
