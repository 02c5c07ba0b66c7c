"""Event bus: `Event.from_payload()` is a classmethod constructor that
collects tags for routing; `topic()` is abstract in the base and implemented
by `OrderPlaced`. The constructor adds the payload's event id to its tag
set, and subclasses call it without `tags`, so the default set keeps one
new id per event."""
import itertools

_events = itertools.count()


class Event:
    kind = "event"

    def __init__(self, payload, tags):
        self.payload = payload
        self.tags = tags

    @classmethod
    def from_payload(cls, payload, tags=set()):  # expect: HL101 confirmed
        tags.add(payload["id"])
        return cls(payload, tags)

    def topic(self):
        raise NotImplementedError


class OrderPlaced(Event):
    kind = "order.placed"

    def topic(self):
        return f"{self.kind}/{self.payload['region']}"


def scenario():
    n = next(_events)
    ev = OrderPlaced.from_payload({"id": f"evt-{n:08d}", "region": f"eu-{n % 2}"})
    return ev.topic()
