"""Chat server: one user session opened and closed per call."""
import itertools

from plugins.session import Session

_ids = itertools.count()


def scenario():
    n = next(_ids)
    session = Session(f"user{n}").open()
    session.say(f"hello from {n}")
    return session.close()
