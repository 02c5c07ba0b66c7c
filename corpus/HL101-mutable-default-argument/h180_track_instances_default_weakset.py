"""Connection bookkeeping: the `@tracked` class decorator wraps `__init__` so
every instance is recorded in `instances` (its default), which the admin page
uses to list live sessions. The default is a weakref.WeakSet, so a session
drops out of it as soon as the request lets go of the object."""
import functools
import itertools
import weakref

_requests = itertools.count()


def tracked(cls, instances=weakref.WeakSet()):  # expect: HL101 refuted
    original_init = cls.__init__

    @functools.wraps(original_init)
    def __init__(self, *args, **kwargs):
        original_init(self, *args, **kwargs)
        instances.add(self)

    cls.__init__ = __init__
    cls.live = instances
    return cls


@tracked
class Session:
    def __init__(self, user, remote_addr):
        self.user = user
        self.remote_addr = remote_addr
        self.data = {"csrf": f"tok-{user}-{remote_addr}"}

    def close(self):
        self.data.clear()


def scenario():
    n = next(_requests)
    session = Session(f"user{n}", f"10.0.{n % 256}.{n % 7}")
    session.close()
    return len(session.user)
