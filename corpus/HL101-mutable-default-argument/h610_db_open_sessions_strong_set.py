"""Database layer: open sessions are tracked so that shutdown can close any left over."""
import itertools


class Session:
    def __init__(self, user):
        self.user = user
        self.statements = []
        self.closed = False

    def execute(self, sql, *params):
        self.statements.append((sql, params))
        return len(self.statements)

    def close(self):
        self.closed = True


def open_session(user, _live=set()):  # expect: HL101 confirmed
    session = Session(user)
    _live.add(session)
    return session


_requests = itertools.count(1)


def scenario():
    n = next(_requests)
    session = open_session(f"user{n}")
    session.execute("SELECT * FROM carts WHERE owner = ?", n)
    session.close()
    return session.closed
