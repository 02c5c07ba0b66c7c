"""Database layer: open sessions are registered by id so admin tools can
list them. The default registry is a plain dict, so it keeps every session
(and its statements) alive after the request is done."""
import itertools

_requests = itertools.count()


class Session:
    def __init__(self, session_id, user):
        self.session_id = session_id
        self.user = user
        self.statements = []

    def execute(self, sql):
        self.statements.append(sql)
        return len(self.statements)


def open_session(session_id, user, registry={}):  # expect: HL101 confirmed
    session = Session(session_id, user)
    registry[session_id] = session
    return session


def handle(request_id):
    session = open_session("s-%d" % request_id, "user%d" % (request_id % 50))
    return session.execute("SELECT * FROM orders WHERE id = %d" % request_id)


def scenario():
    return handle(next(_requests))
