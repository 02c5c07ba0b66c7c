"""Request instrumentation: count every request by method, path and status."""
import functools

import promlite


def instrumented(handler):
    @functools.wraps(handler)
    def wrapper(request, **params):
        status, body = handler(request, **params)
        labels = {"method": request["method"], "path": request["path"], "status": str(status)}
        promlite.inc("http_requests_total", labels)
        return status, body
    return wrapper
