"""Request tracing: `span()` pushes the span name onto the active stack on
enter and pops it on exit. The error branch only handles ValueError; a
handler failing with KeyError skips both pops and its span name stays."""
import contextlib
import itertools

_requests = itertools.count()


@contextlib.contextmanager
def span(name, _active=[]):  # expect: HL101 confirmed
    _active.append(name)
    try:
        yield "/".join(_active)
    except ValueError:
        _active.pop()
        raise
    else:
        _active.pop()


def handle(request_id, params):
    with span("GET /accounts/%d/settings" % request_id) as path:
        user = params["user"]
        return "%s user=%s" % (path[-40:], user)


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
