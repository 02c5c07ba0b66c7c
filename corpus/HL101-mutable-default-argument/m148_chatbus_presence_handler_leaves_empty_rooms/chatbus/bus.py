"""Bus: routes each event to the handler registered for its kind.
`rooms` seeds the presence table, e.g. from a snapshot taken before a restart."""
from .presence import Presence
from .relay import Relay


class Bus:
    def __init__(self, rooms={}):  # expect: HL101 confirmed
        self.rooms = rooms
        self.presence = Presence(self.rooms)
        self.outbox = []
        self.handlers = {"join": self.presence, "leave": self.presence, "message": Relay(self)}

    def publish(self, event):
        return self.handlers[event.kind](event)
