"""Minimal WSGI-style handler; request lines are kept for the debug toolbar when tracing is on."""
import itertools
import logging

TRACE_REQUESTS = False
log = logging.getLogger("app.handlers")


def handle(environ, _trace=[]):  # expect: HL101 refuted
    method, path = environ["REQUEST_METHOD"], environ["PATH_INFO"]
    if TRACE_REQUESTS:
        _trace.append(f"{method} {path}")
        log.debug("traced %d requests", len(_trace))
    headers = sorted((k[5:].replace("_", "-").title(), v)
                     for k, v in environ.items() if k.startswith("HTTP_"))
    body = "\n".join(f"{name}: {value}" for name, value in headers)
    return "200 OK", [("Content-Type", "text/plain")], body


_requests = itertools.count()


def scenario():
    n = next(_requests)
    environ = {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": f"/items/{n}",
        "HTTP_USER_AGENT": f"probe/{n}",
        "HTTP_ACCEPT": "text/plain",
    }
    status, headers, body = handle(environ)
    return status, len(body)
