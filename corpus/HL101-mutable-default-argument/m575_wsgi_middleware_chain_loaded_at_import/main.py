"""Test client for the notes app: each call serves one GET request."""
import itertools

import app

_requests = itertools.count()


def scenario():
    n = next(_requests)
    return app.handle({"method": "GET", "path": "/notes/%d" % n, "user": "u%d" % n})
