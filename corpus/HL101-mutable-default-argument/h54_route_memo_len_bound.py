"""URL router: compiled patterns in an lru_cache plus a per-path resolution memo."""
import functools
import itertools
import re

ROUTES = (
    ("/users/<user_id>", "user_detail"),
    ("/orders/<order_id>/items", "order_items"),
    ("/health", "health"),
)
MEMO_LIMIT = 16
_ids = itertools.count()


@functools.lru_cache(maxsize=32)
def _compile(pattern):
    regex = re.sub(r"<(\w+)>", r"(?P<\1>[^/]+)", pattern)
    return re.compile("^%s$" % regex)


def resolve(path, _memo={}):  # expect: HL101 refuted
    hit = _memo.get(path)
    if hit is not None:
        return hit
    for pattern, endpoint in ROUTES:
        match = _compile(pattern).match(path.rstrip("/") or "/")
        if match:
            result = (endpoint, match.groupdict())
            break
    else:
        result = ("not_found", {})
    if len(_memo) >= MEMO_LIMIT:
        _memo.pop(next(iter(_memo)))  # evict the oldest entry
    _memo[path] = result
    return result


def scenario():
    n = next(_ids)
    return resolve("/orders/%d/items/" % n), resolve("/users/u%d" % n)
