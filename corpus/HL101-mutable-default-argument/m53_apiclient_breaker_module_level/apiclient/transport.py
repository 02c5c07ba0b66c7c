"""Offline transport: hosts under .offline. refuse every connection."""
from urllib.parse import urlsplit

__all__ = ["CircuitOpenError", "Request", "Response", "send"]


class CircuitOpenError(ConnectionError):
    pass


class Request:
    def __init__(self, method, url, params=None):
        self.method = method
        self.url = url
        self.host = urlsplit(url).hostname
        self.params = params or {}


class Response:
    def __init__(self, request, status, data):
        self.request, self.status, self.data = request, status, data


def send(request):
    if request.host.endswith(".offline.example.com"):
        raise ConnectionRefusedError(request.host)
    return Response(request, 200, {"url": request.url, **request.params})
