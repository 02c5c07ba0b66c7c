"""Tracing: span_table() returns a tracer's own span table or, for tracers
without one, its default dict. handle() registers each span in the returned
table when it starts and pop()s it when it finishes, so the shared default
is back to empty after every request."""
import itertools


class Tracer:
    def __init__(self, service):
        self.service = service


def span_table(tracer, table={}):  # expect: HL101 refuted
    return getattr(tracer, "spans", table)


def handle(tracer, span_id, route):
    spans = span_table(tracer)
    spans[span_id] = (tracer.service, route, f"start:{span_id}")
    result = f"{route} handled by {tracer.service}"
    spans.pop(span_id)
    return result


_spans = itertools.count()


def scenario():
    n = next(_spans)
    return handle(Tracer(f"svc-{n % 5}"), f"span-{n:012x}", f"/orders/{n}")
