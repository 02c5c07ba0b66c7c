"""Audit: entries are written through getattr(trail, "append"), a constant attribute name looked up at run time."""
import itertools


def audit(actor, action, trail=[]):  # expect: HL101 confirmed
    write = getattr(trail, "append")
    write({"actor": actor, "action": action})
    return len(trail)


_events = itertools.count()


def scenario():
    n = next(_events)
    audit(f"admin{n % 4}", f"delete invoice {n}")
