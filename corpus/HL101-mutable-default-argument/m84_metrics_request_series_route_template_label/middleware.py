"""Request instrumentation: count every request by method, route template and status."""
import functools

import promlite


def instrumented(route):
    def decorate(handler):
        @functools.wraps(handler)
        def wrapper(request, **params):
            status, body = handler(request, **params)
            labels = {"method": request["method"], "route": route, "status": str(status)}
            promlite.inc("http_requests_total", labels)
            return status, body
        return wrapper
    return decorate
