"""Server-side sessions: one store per app, emptied when a request ends."""


class SessionStore:
    def __init__(self, app=None):
        self.data = {}
        if app is not None:
            self.init_app(app)

    def init_app(self, app, teardown=[]):  # expect: HL101 confirmed
        app.extensions["sessions"] = self
        app.__dict__.setdefault("teardown_funcs", teardown).append(self.close)

    def open(self, sid):
        return self.data.setdefault(sid, {})

    def close(self, exc):
        self.data.clear()
