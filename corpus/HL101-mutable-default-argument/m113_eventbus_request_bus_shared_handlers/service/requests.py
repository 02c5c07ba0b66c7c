"""Each request gets its own RequestBus; handlers are subscribed per request."""
from eventbus import *


class RequestBus(Bus):
    def __init__(self, request_id):
        super().__init__(f"req-{request_id}")
        self.request_id = request_id


def handle(request_id, path):
    bus = RequestBus(request_id)

    @subscribe(bus, "done")
    def log_done(event):
        return f"{bus.name} {path} -> {event['status']}"

    results = bus.publish({"kind": "done", "status": 200})
    return [r for r in results if r is not None][-1]
