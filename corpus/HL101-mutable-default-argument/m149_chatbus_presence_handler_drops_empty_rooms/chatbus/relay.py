"""Relay: delivers a message to everyone else present in its room."""


class Relay:
    def __init__(self, bus):
        self.bus = bus

    def __call__(self, event):
        for member in sorted(self.bus.presence.members(event.room)):
            if member != event.sender:
                self.bus.outbox.append((member, event.room, event.payload))
