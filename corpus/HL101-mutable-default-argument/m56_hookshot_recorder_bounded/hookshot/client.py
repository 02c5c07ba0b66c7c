import collections
import json as _json


class RecordingTransport:
    """Stands in for the HTTP transport: remembers what would have been posted."""

    def __init__(self, limit=None):
        self.sent = collections.deque(maxlen=limit)

    def post(self, url, body):
        self.sent.append((url, body))
        return 202


class Dispatcher:
    def __init__(self, endpoint, transport):
        self.endpoint = endpoint
        self.transport = transport

    def emit(self, event, **data):
        body = _json.dumps({"event": event, "data": data}, sort_keys=True)
        status = self.transport.post(self.endpoint, body)
        if status >= 300:
            raise RuntimeError(f"{self.endpoint} answered {status}")
        return status
