"""Request tracing: `span()` pushes the span name onto the active stack on
enter and pops it on exit. The error branch pops for any Exception before
re-raising, so a handler failing with KeyError leaves the stack as it was."""
import contextlib
import itertools

_requests = itertools.count()


@contextlib.contextmanager
def span(name, _active=[]):  # expect: HL101 refuted
    _active.append(name)
    try:
        yield "/".join(_active)
    except Exception:
        _active.pop()
        raise
    else:
        _active.pop()


def handle(request_id, params):
    with span("GET /accounts/%d/settings" % request_id) as path:
        user = params["user"]
        return "%s user=%s" % (path, user)


def handle_batch(batch):
    served = []
    for request_id, params in batch:
        try:
            served.append(handle(request_id, params))
        except KeyError:
            served.append(None)
    return served


def scenario():
    n = next(_requests)
    return handle_batch([(2 * n, {"user": "u%d" % n}), (2 * n + 1, {})])
