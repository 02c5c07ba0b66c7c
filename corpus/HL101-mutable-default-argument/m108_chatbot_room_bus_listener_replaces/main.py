"""Chat bot: every new room gets a bus, and each configured plugin hooks into it."""
import itertools
from importlib import import_module

from chatbot import EventBus as Bus
from chatbot import settings

_rooms = itertools.count(1)


def open_room(name):
    bus = Bus(name)
    for plugin in settings.PLUGINS:
        import_module(plugin).setup(bus)
    return bus


def scenario():
    n = next(_rooms)
    bus = open_room(f"room-{n}")
    return bus.emit("join", f"user-{n}") + bus.emit("message", f"user-{n}", "bot++")
