"""Event bus: @bus.on(event) files a listener under its event; emit() calls them.

Every bus built without a table shares the one default dict, and on() appends
to its per-event lists: each new room adds its greet/karma closures (and the
bus they capture) to the shared lists for good.
"""

__all__ = ["EventBus"]


class EventBus:
    def __init__(self, room, table={}):  # expect: HL101 confirmed
        self.room = room
        self.table = table

    def on(self, event):
        def register(fn):
            self.table.setdefault(event, []).append(fn)
            return fn
        return register

    def emit(self, event, *args):
        return [fn(*args) for fn in self.table.get(event, ())]
