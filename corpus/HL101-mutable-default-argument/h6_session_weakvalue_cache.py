"""Web app: live sessions are looked up through a WeakValueDictionary default; dead sessions drop out."""
import itertools
import weakref


class Session:
    def __init__(self, sid, user):
        self.sid = sid
        self.user = user
        self.data = {"user": user}


def open_session(sid, user, _live=weakref.WeakValueDictionary()):  # expect: HL101 refuted
    session = _live.get(sid)
    if session is None:
        session = Session(sid, user)
        _live[sid] = session
    return session


def handle_request(n):
    session = open_session(f"sid-{n:08x}", f"user{n}")
    session.data["hits"] = session.data.get("hits", 0) + 1
    return session.data["hits"]


_requests = itertools.count()


def scenario():
    handle_request(next(_requests))
