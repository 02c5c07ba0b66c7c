"""Request tracing: `span()` is a contextlib.contextmanager that pushes the
span name on a stack kept in a list default, so log lines inside a handler
can be prefixed with the full span path, and pops it after the `yield`.
The pop is not in a finally, but the failing request here is rejected by
the name check before anything is pushed (routes with a slash are not valid
span names), and the handler bodies themselves succeed, so every push is
matched by a pop."""
import contextlib
import itertools

_requests = itertools.count()


@contextlib.contextmanager
def span(name, stack=[]):  # expect: HL101 refuted
    if not name or "/" in name:
        raise ValueError("bad span name %r" % name)
    stack.append(name)
    yield "/".join(stack[-4:])
    stack.pop()


def handle(route, payload):
    try:
        with span("req-%s" % route) as path:
            amount = int(payload["amount"])
            return 200, "%s charged %d" % (path, amount)
    except (KeyError, ValueError) as exc:
        return 500, type(exc).__name__


def scenario():
    n = next(_requests)
    ok = handle("charge-%d" % n, {"amount": str(n)})
    failed = handle("billing/charge/card-%d/retry-after-decline" % n, {"amount": str(n + 1)})
    return ok, failed
