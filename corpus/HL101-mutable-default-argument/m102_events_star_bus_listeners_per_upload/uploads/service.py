from events import *  # noqa: F403

from . import hooks


def store(upload, owner):
    """A bus per upload, so the listeners only see this upload."""
    bus = Bus("upload:" + upload["id"])  # noqa: F405
    hooks.install(bus, owner)
    return bus.emit("stored", upload)
