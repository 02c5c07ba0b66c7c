"""Request handler: each request runs inside a span; the template render fails for two requests in three."""
import itertools

from tracing import Span

_requests = itertools.count()


def scenario():
    n = next(_requests)
    with Span(f"GET /orders/{n}") as outer:
        try:
            with Span(f"render order_{n}.html") as inner:
                if n % 3 != 0:
                    raise KeyError(f"order_{n}")
                return inner.path()
        except KeyError:
            return outer.path()
