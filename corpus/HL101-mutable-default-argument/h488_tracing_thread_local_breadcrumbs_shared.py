"""Error reporting: each request's breadcrumbs live on a thread-local context."""
import itertools
import threading

_ctx = threading.local()


def begin_request(request_id, breadcrumbs=[]):  # expect: HL101 confirmed
    _ctx.breadcrumbs = breadcrumbs
    _ctx.request_id = request_id
    _ctx.breadcrumbs.append("begin " + request_id)


def breadcrumb(message):
    _ctx.breadcrumbs.append(message)


def report_error(exc):
    return {"request": _ctx.request_id, "error": repr(exc), "trail": list(_ctx.breadcrumbs)}


_ids = itertools.count()


def scenario():
    n = next(_ids)
    begin_request(f"req-{n}")
    breadcrumb(f"loaded cart {n}")
    try:
        raise KeyError(f"sku-{n}")
    except KeyError as exc:
        return report_error(exc)
