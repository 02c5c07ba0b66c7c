"""Request pipeline: callers pass pre-send hooks; each is validated with callable() before use."""
import itertools


def build_dispatcher(event, new_hooks, hooks=[]):  # expect: HL101 confirmed
    for hook in new_hooks:
        if not callable(hook):
            raise TypeError(f"hook for {event!r} is not callable: {hook!r}")
        hooks.append(hook)

    def dispatch(request):
        for hook in hooks:
            request = hook(request)
        return request

    return dispatch


def add_header(name, value):
    return lambda req: {**req, "headers": {**req["headers"], name: value}}


_requests = itertools.count()


def scenario():
    n = next(_requests)
    dispatch = build_dispatcher("send", [add_header("X-Request-Id", str(n))])
    return dispatch({"url": f"/items/{n}", "headers": {}})
