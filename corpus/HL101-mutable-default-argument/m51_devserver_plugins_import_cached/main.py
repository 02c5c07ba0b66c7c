"""Development server: plugins are (re)loaded lazily before each request is answered."""
import itertools

import devserver.loader
from devserver.hooks import apply_hooks

_requests = itertools.count()


def scenario():
    n = next(_requests)
    devserver.loader.load_plugins()
    request = {"path": f"/items/{n}", "origin": "https://app.example.com"}
    response = {"status": 200, "headers": {}, "body": f"item {n} " * 4, "request": request}
    return apply_hooks(response)["headers"]
