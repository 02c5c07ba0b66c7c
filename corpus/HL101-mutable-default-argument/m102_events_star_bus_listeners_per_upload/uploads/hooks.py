import functools


def audit_line(upload):
    return f"stored {upload['id']} ({upload['size']} bytes)"


def notify(owner, upload):
    return f"to {owner}: your file {upload['name']} is ready"


def install(bus, owner):
    """Subscribe the audit log and the owner's notification to 'stored'."""
    bus.on("stored", audit_line)
    bus.on("stored", functools.partial(notify, owner))
