from events import *  # noqa: F403

from . import hooks

BUS = Bus("uploads")  # noqa: F405
hooks.install(BUS, owner="ops@example.com")


def store(upload, owner):
    """One bus for the service; listeners were subscribed at import."""
    results = BUS.emit("stored", upload)
    return results + [hooks.notify(owner, upload)]
