"""Support chat: every ticket opens its own room; the customer and an agent
join, exchange a message, and both leave when the ticket is closed."""
import itertools

from chatbus import Bus, Event

_tickets = itertools.count()


def scenario():
    room = f"ticket-{next(_tickets)}"
    bus = Bus()
    for kind, sender, payload in [("join", "customer", None), ("join", "agent", None),
                                  ("message", "customer", "my invoice is wrong"),
                                  ("leave", "agent", None), ("leave", "customer", None)]:
        bus.publish(Event(kind, room, sender, payload))
    return len(bus.outbox)
