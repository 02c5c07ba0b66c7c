"""Presence: who is in which room, updated by join and leave events.
A room is dropped from the table when its last member leaves."""


class Presence:
    def __init__(self, rooms):
        self.rooms = rooms

    def __call__(self, event):
        members = self.rooms.setdefault(event.room, set())
        if event.kind == "join":
            members.add(event.sender)
        else:
            members.discard(event.sender)
            if not members:
                del self.rooms[event.room]

    def members(self, room):
        return self.rooms.get(room, ())
