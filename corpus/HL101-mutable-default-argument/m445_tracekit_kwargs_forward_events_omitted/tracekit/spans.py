class Span:
    """A timed operation and the events logged while it ran."""

    def __init__(self, name, events):
        self.name = name
        self.events = events

    def add_event(self, text):
        self.events.append(text)

    def summary(self):
        return f"{self.name}: {len(self.events)} events"


def start_span(name, events=[]):  # expect: HL101 confirmed
    """Open a span; events collects what it logs (a shared list unless given one)."""
    return Span(name, events)
