"""Auth middleware: each request loads its session by its own session id."""
import itertools

from sessions import load_session

_requests = itertools.count()


def authenticate(cookie):
    session = load_session(cookie)
    return None if session["expired"] else session["user"]


def scenario():
    n = next(_requests)
    return authenticate(f"sess-{n:012d}")
