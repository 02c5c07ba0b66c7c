"""Session objects: a weakref.finalize hook records sessions that were never closed."""
import itertools
import weakref


# heaplint-todo: grows only when called as outside code would; the application's own runs did not grow it, which is no proof for a value it hands on or a method the interpreter calls (heaplint: unknown)
def _report_leak(session_id, user, _leaked=[]):  # expect: HL101 refuted
    _leaked.append((session_id, user))
    return len(_leaked)


class Session:
    def __init__(self, session_id, user):
        self.session_id = session_id
        self.user = user
        self.data = {}
        self._finalizer = weakref.finalize(self, _report_leak, session_id, user)

    def close(self):
        self.data.clear()
        self._finalizer.detach()


def request(session_id, user):
    session = Session(session_id, user)
    session.data["cart"] = [f"item-{session_id}"]
    session.close()
    return len(session.data)


_seq = itertools.count()


def scenario():
    n = next(_seq)
    return request(f"s{n}", f"user{n % 17}")
