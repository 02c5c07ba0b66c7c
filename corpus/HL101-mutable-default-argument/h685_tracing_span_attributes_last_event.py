"""Tracing spans: a Span exposes its attribute map through a property, and
`add_event` records the latest event under "last_event" in that map. Spans
started without attributes share the constructor's default dict, but each
event replaces the previous one, so the dict keeps one entry."""
import itertools

_traces = itertools.count(1)


class Span:
    def __init__(self, name, attributes={}):  # expect: HL101 refuted
        self.name = name
        self._attributes = attributes

    @property
    def attributes(self):
        return self._attributes


def add_event(span, event):
    span.attributes["last_event"] = event
    return span


def scenario():
    n = next(_traces)
    span = Span("db.query")
    add_event(span, "query started trace=%08x" % n)
    return sorted(span.attributes)
