"""Client: base URL, default query parameters and a guarded transport."""
from . import transport
from .breaker import circuit_breaker


class Client:
    def __init__(self, base_url, api_key, threshold=5):
        self.base_url = base_url.rstrip("/")
        self.params = {"key": api_key}
        self._send = circuit_breaker(threshold)(transport.send)

    def get(self, path, **params):
        url = "%s/%s" % (self.base_url, path.lstrip("/"))
        request = transport.Request("GET", url, {**self.params, **params})
        return self._send(request)
