"""Audit trail: wire() attaches a listener to each session once per (session id, kind), remembering what it wired in a set default; kinds come from isinstance dispatch."""
import itertools
from collections import namedtuple

Login = namedtuple("Login", "user")
Upload = namedtuple("Upload", "user path")


class Session:
    def __init__(self, sid):
        self.sid, self.trail, self.listeners = sid, [], {}


def wire(session, kind, _wired=set()):  # expect: HL101 confirmed
    if (session.sid, kind) in _wired:
        return
    _wired.add((session.sid, kind))
    session.listeners[kind] = lambda s, event: s.trail.append(f"{kind}:{event.user}")


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
