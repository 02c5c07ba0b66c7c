"""Web scraper: get_session() returns the client session (a Session instance
created once as the default) and login() stores the auth token in its
cookie jar under the one "auth" cookie, replacing the previous user's token:
the shared session holds a single cookie however many users log in."""
import itertools

_ids = itertools.count()


class Session:
    def __init__(self):
        self.cookies = {}
        self.headers = {"Accept": "text/html"}


def get_session(session=Session()):  # expect: HL101 refuted
    return session


def login(user, token):
    session = get_session()
    session.cookies["auth"] = token
    return len(session.cookies)


def scenario():
    n = next(_ids)
    return login(f"user{n}", f"tok-{n:012d}-{n * 7919:012d}")
