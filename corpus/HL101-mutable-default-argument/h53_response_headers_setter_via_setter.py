"""Minimal WSGI-style response object with a normalising headers property."""
import itertools

_ids = itertools.count()


class Response:
    def __init__(self, body, status=200, headers={}):  # expect: HL101 refuted
        self.body = body
        self.status = status
        self.headers = headers

    @property
    def headers(self):
        return self._headers

    @headers.setter
    def headers(self, value):
        self._headers = {k.title(): v for k, v in value.items()}

    def set_cookie(self, name, value, path="/"):
        self._headers["Set-Cookie: %s" % name] = "%s=%s; Path=%s" % (name, value, path)

    def to_wsgi(self):
        return "%d OK" % self.status, sorted(self.headers.items())


def login_view(user_id):
    resp = Response("welcome back")
    resp.set_cookie("session_%d" % user_id, "tok%d" % user_id)
    if user_id % 2:
        resp.set_cookie("tour_%d" % user_id, "1")
    return resp.to_wsgi()


def scenario():
    status, headers = login_view(next(_ids))
    return status
