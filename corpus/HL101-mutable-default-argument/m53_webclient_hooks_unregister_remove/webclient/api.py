"""User-facing helpers: one call, one request, timed by a response hook."""
import time

from . import hooks
from .transport import Request, send

__all__ = ["get", "post", "request"]


class _Stopwatch:
    def __init__(self):
        self.started = time.perf_counter()

    def on_response(self, response):
        response.elapsed = time.perf_counter() - self.started


def request(method, url, params=None, headers=None):
    stopwatch = _Stopwatch()
    hooks.register("response", stopwatch.on_response)
    try:
        prepared = hooks.dispatch("request", Request(method, url, params, headers))
        return hooks.dispatch("response", send(prepared))
    finally:
        hooks.unregister("response", stopwatch.on_response)


def get(url, params=None, **kwargs):
    return request("GET", url, params=params, **kwargs)


def post(url, **kwargs):
    return request("POST", url, **kwargs)
