"""Application server: one request through the session and CSRF plugins."""
import itertools

import appserver as srv

_requests = itertools.count()


def scenario():
    n = next(_requests)
    request = {"path": f"/cart/{n}", "method": "POST" if n % 2 else "GET",
               "cookies": {"sid": f"s{n:08x}"}, "form": {"csrf": f"t{n}"}}
    return srv.handle(request)["status"]
