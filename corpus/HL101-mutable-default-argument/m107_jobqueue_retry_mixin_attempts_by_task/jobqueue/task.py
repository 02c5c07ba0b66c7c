"""Task: one unit of queued work; attempt counters live in one dict."""


class Task:
    kind = "task"

    def __init__(self, ident, payload, attempts={}):  # expect: HL101 confirmed
        self.ident = ident
        self.payload = payload
        self.attempts = attempts

    def run(self):
        raise NotImplementedError
