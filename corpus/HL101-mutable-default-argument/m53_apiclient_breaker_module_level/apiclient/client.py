"""Client: base URL, default query parameters and a guarded transport."""
from . import transport
from .breaker import circuit_breaker

_send = circuit_breaker(threshold=5)(transport.send)


class Client:
    def __init__(self, base_url, api_key):
        self.base_url = base_url.rstrip("/")
        self.params = {"key": api_key}

    def get(self, path, **params):
        url = "%s/%s" % (self.base_url, path.lstrip("/"))
        request = transport.Request("GET", url, {**self.params, **params})
        return _send(request)
