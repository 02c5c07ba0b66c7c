"""A web app's session registry that lets admin tools look up live sessions by
id. ``open_session`` records each session in its default
``weakref.WeakValueDictionary``; when the request finishes and drops its
session the entry disappears, so the registry does not grow across requests."""
import itertools
import weakref

_request_ids = itertools.count()


class Session:
    def __init__(self, sid, user):
        self.sid = sid
        self.user = user
        self.data = {}

    def __repr__(self):
        return "Session(%r, user=%r)" % (self.sid, self.user)


# heaplint-todo: `live_count`, which reads the weak dictionary, never runs in the scenario (heaplint: unknown)
def open_session(user, sid, _live=weakref.WeakValueDictionary()):  # expect: HL101 refuted
    session = Session(sid, user)
    _live[sid] = session
    return session


def live_count():
    return len(open_session.__defaults__[0])


def find_session(sid):
    return open_session.__defaults__[0].get(sid)


def handle_request(user, path, sid):
    session = open_session(user, sid)
    session.data["last_path"] = path
    session.data.setdefault("cart", []).append(path.rsplit("/", 1)[-1])
    assert find_session(sid) is session
    return len(session.data["cart"])


def scenario():
    n = next(_request_ids)
    sid = "s-%08x" % (n * 2654435761 % 2**32)
    return handle_request("user%d" % (n % 7), "/shop/item/%d" % n, sid)
