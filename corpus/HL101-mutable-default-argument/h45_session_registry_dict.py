"""A web app's session registry that lets admin tools look up live sessions by
id. ``open_session`` records each session in its default plain ``dict``,
which holds a strong reference, so every finished request's session (and its
data) stays reachable and the registry grows per request."""
import itertools

_request_ids = itertools.count()


class Session:
    def __init__(self, sid, user):
        self.sid = sid
        self.user = user
        self.data = {}

    def __repr__(self):
        return "Session(%r, user=%r)" % (self.sid, self.user)


def open_session(user, sid, _live={}):  # expect: HL101 confirmed
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
