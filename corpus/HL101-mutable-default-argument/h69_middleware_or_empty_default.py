"""WSGI helpers: wraps a view function in a middleware stack, with per-tenant CORS on API routes."""
import functools
import itertools


def request_id_middleware(handler):
    @functools.wraps(handler)
    def wrapped(environ):
        environ.setdefault("HTTP_X_REQUEST_ID", f"{environ['PATH_INFO']}#{len(environ)}")
        return handler(environ)
    return wrapped


def cors_middleware(handler, allow_origin="*"):
    @functools.wraps(handler)
    def wrapped(environ):
        status, headers = handler(environ)
        return status, headers + [("Access-Control-Allow-Origin", allow_origin)]
    return wrapped


def build_handler(view, extra=(), middleware=[]):  # expect: HL101 refuted
    middleware = middleware or [request_id_middleware]
    middleware.extend(extra)
    handler = view
    for mw in reversed(middleware):
        handler = mw(handler)
    return handler


def invoice_view(environ):
    return "200 OK", [("Content-Type", "application/json")]


_ids = itertools.count()


def scenario():
    n = next(_ids)
    origin = f"https://tenant{n}.app.example.com"
    handler = build_handler(invoice_view, extra=[functools.partial(cors_middleware, allow_origin=origin)])
    return handler({"PATH_INFO": f"/api/invoices/{n}", "HTTP_ORIGIN": origin})
