"""Plugins: the status counter subscribes once at import, RequestLog once per request."""
import collections

from events import subscribe

status_counts = collections.Counter()


def count_status(topic, request, status):
    status_counts[status] += 1


class RequestLog:
    """Collects what happened to one request, for its access-log line."""

    def __init__(self, request_id):
        self.request_id = request_id
        self.lines = []

    def on_finished(self, topic, request, status):
        self.lines.append(f"{self.request_id} {request['method']} {request['path']} -> {status}")


subscribe("request.finished", count_status)
