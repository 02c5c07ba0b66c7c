"""Per-thread request state: each worker thread sees its own attributes."""
import threading


class RequestState(threading.local):
    def __init__(self, on_close=[]):  # expect: HL101 refuted
        self.on_close = list(on_close)
        self.user = None
        self.request_id = None

    def defer(self, callback):
        self.on_close.append(callback)


state = RequestState()
