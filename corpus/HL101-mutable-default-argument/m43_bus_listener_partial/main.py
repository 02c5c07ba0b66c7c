import itertools

from app.views import handle_request

_ids = itertools.count(1)


def scenario():
    n = next(_ids)
    path = "/orders/%d/items" % n
    method = ("GET", "POST", "DELETE")[n % 3]
    return handle_request(method, path, {"X-Request-Id": "req-%06d" % n})
