"""Event bus: @bus.on(event) files a listener under its event; emit() calls them.

Every bus built without a table shares the one default dict, but on() replaces
the event's list instead of appending: the dict keeps two keys, each holding
only the latest room's listener, and the previous one is freed.
"""

__all__ = ["EventBus"]


class EventBus:
    def __init__(self, room, table={}):  # expect: HL101 refuted
        self.room = room
        self.table = table

    def on(self, event):
        def register(fn):
            self.table[event] = [fn]
            return fn
        return register

    def emit(self, event, *args):
        return [fn(*args) for fn in self.table.get(event, ())]
