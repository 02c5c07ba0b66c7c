"""Web sessions: open_session() records each live session's user in the
`live={}` default (for an admin "who is online" page) and registers a
weakref.finalize to remove the entry when the session object dies. The
callback is the session's own bound method, so the finalizer keeps the
session alive: it never dies, never runs forget(), and the default grows."""
import itertools
import weakref

_ids = itertools.count()


class Session:
    def __init__(self, user):
        self.sid = f"s{next(_ids):010d}"
        self.user = user
        self.cart = []

    def forget(self, live):
        live.pop(self.sid, None)


def open_session(user, live={}):  # expect: HL101 confirmed
    session = Session(user)
    live[session.sid] = user
    weakref.finalize(session, session.forget, live)
    return session


def scenario():
    session = open_session(f"user-{next(_ids)}@example.org")
    session.cart.append("sku-1")
    return len(session.sid)
