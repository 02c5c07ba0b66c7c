"""Web sessions: a class decorator tracks live instances so an admin page can report how many are open."""
import functools
import itertools
import weakref


def tracked(cls, live=weakref.WeakSet()):  # expect: HL101 refuted
    original_init = cls.__init__

    @functools.wraps(original_init)
    def __init__(self, *args, **kwargs):
        original_init(self, *args, **kwargs)
        live.add(self)

    cls.__init__ = __init__
    cls.live_count = staticmethod(lambda: len(live))
    return cls


@tracked
class Session:
    def __init__(self, user, ttl=900):
        self.user = user
        self.ttl = ttl
        self.data = {}

    def set(self, key, value):
        self.data[key] = value
        return self


_logins = itertools.count()


def scenario():
    n = next(_logins)
    session = Session(f"user{n}", ttl=60 * (n % 15 + 1))
    session.set("cart", [n, n + 1]).set("theme", "dark")
    return Session.live_count(), len(session.data)
