"""Customer portal: each call is one login or one dashboard view."""
import itertools

import lantern
import portal_views

_requests = itertools.count()
handle = lantern.Handler(portal_views.VIEWS)


def scenario():
    n = next(_requests)
    path = "/dashboard" if n % 3 == 2 else "/login"
    response = handle({"path": path, "form": {"user": f"customer{n}"}})
    return response["status"], len(response["headers"])
