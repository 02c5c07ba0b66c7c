"""Tracing: a span collects timestamped events and renders a one-line summary for the debug toolbar."""
import itertools


class Span:
    def __init__(self, name, events=[]):  # expect: HL101 confirmed
        self.name = name
        self.events = events
        self.closed = False

    def add_event(self, label, at):
        self.events.append((at, label))
        return self

    def end(self):
        self.closed = True
        timeline = ", ".join(f"{label}@{at}ms" for at, label in sorted(self.events))
        return f"{self.name}: {timeline}"


_requests = itertools.count()


def scenario():
    n = next(_requests)
    span = Span(f"GET /orders/{n}")
    span.add_event("auth.ok", 2)
    span.add_event(f"db.query orders#{n}", 7)
    return span.end()
