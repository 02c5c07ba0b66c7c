"""Tracing spans: a Span exposes its attribute map through a property, and
`add_event` keeps an "events" list in that map. Spans started without
attributes share the constructor's default dict, so the one "events" list
in it collects every event of every span."""
import itertools

_traces = itertools.count(1)


class Span:
    def __init__(self, name, attributes={}):  # expect: HL101 confirmed
        self.name = name
        self._attributes = attributes

    @property
    def attributes(self):
        return self._attributes


def add_event(span, event):
    span.attributes.setdefault("events", []).append(event)
    return span


def scenario():
    n = next(_traces)
    span = Span("db.query")
    add_event(span, "query started trace=%08x" % n)
    return sorted(span.attributes)
