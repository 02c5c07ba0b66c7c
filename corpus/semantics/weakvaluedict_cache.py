"""A WeakValueDictionary cache drops an entry as soon as its value dies: no growth."""
# retains: no
import itertools
import weakref

SESSIONS = weakref.WeakValueDictionary()
_ids = itertools.count()


class Session:
    def __init__(self, user):
        self.user = user


def open_session(user):
    session = Session(user)
    SESSIONS[user] = session
    return session.user


def scenario():
    open_session(f"user-{next(_ids)}")
