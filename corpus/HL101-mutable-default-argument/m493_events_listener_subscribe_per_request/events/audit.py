from .listener import Listener


class AccessLog(Listener):
    topics = ("request.done",)

    def __init__(self):
        self.served = 0

    def handle(self, payload):
        self.served += 1


class RequestTimer(Listener):
    topics = ("request.done",)

    def __init__(self, request_id):
        self.request_id = request_id
        self.elapsed_ms = None

    def handle(self, payload):
        if payload["id"] == self.request_id:
            self.elapsed_ms = payload["ms"]


ACCESS_LOG = AccessLog().subscribe()
