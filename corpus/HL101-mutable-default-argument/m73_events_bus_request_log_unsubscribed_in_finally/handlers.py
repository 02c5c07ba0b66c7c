"""Request handling: every request gets its own RequestLog on the bus."""
from events import publish, subscribe, unsubscribe
from plugins import RequestLog


def handle(request):
    log = RequestLog(request["id"])
    subscribe("request.finished", log.on_finished)
    try:
        if not request["path"].startswith("/"):
            publish("request.finished", request=request, status=400)
            raise ValueError(f"relative path {request['path']!r}")
        publish("request.finished", request=request, status=200)
        return log.lines
    finally:
        unsubscribe("request.finished", log.on_finished)
