"""Serve one order page per call; `/latest` is an internal redirect (a nested dispatch)."""
import itertools

import views
from webapp import dispatch

_requests = itertools.count()


def scenario():
    n = next(_requests)
    path = f"/orders/{n}" + ("/latest" if n % 2 else "")
    request = {"path": path, "headers": {"X-User": f"user{n % 5}"}}
    return dispatch(request, views.order_detail)
