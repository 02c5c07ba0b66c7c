"""Audit trail: wire() installs the class-wide listener for an event kind the first time that kind is seen; kinds come from isinstance dispatch on the event classes."""
import itertools
from collections import namedtuple

Login = namedtuple("Login", "user")
Upload = namedtuple("Upload", "user path")


class Session:
    listeners = {}

    def __init__(self, sid):
        self.sid, self.trail = sid, []


def wire(session, kind, _wired=set()):  # expect: HL101 refuted
    if kind in _wired:
        return
    _wired.add(kind)
    Session.listeners[kind] = lambda s, event: s.trail.append(f"{kind}:{event.user}")


def record(session, event):
    kind = "auth.login" if isinstance(event, Login) else "files.upload" if isinstance(event, Upload) else "misc"
    wire(session, kind)
    session.listeners[kind](session, event)
    return session.trail


_sids = itertools.count()


def scenario():
    n = next(_sids)
    session = Session(f"s-{n:05d}")
    record(session, Login(f"user{n}"))
    return record(session, Upload(f"user{n}", f"/inbox/{n}.pdf"))
