"""Request middleware: a DB session per request, closed when request_finished is sent."""
from . import signals


class DbSession:
    def __init__(self, owner):
        self.owner = owner
        self.open = True

    def close(self, **kwargs):
        self.open = False
        return self.owner


def handle_request(request):
    session = DbSession(request["user"])
    signals.connect("request_finished", session.close)
    body = f"200 {request['path']}"
    signals.send("request_finished", path=request["path"])
    return body, session.open
