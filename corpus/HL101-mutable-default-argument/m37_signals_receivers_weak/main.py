import itertools

from webapp.views import handle_request

_ids = itertools.count()


def scenario():
    n = next(_ids)
    path = f"/orders/{n}" if n % 4 else f"/orders/{n}/missing"
    return handle_request(path, user=f"user{n % 7}", request_id=f"rq-{n}")
