"""The client: joins the base URL, sends through the transport, traces each call."""
from .tracing import traced


class Client:
    def __init__(self, base_url, transport, headers=None):
        self.base_url = base_url.rstrip("/")
        self.transport = transport
        self.headers = dict(headers or {})

    @traced
    def get(self, path, log, headers=None):
        url = self.base_url + path
        merged = {**self.headers, **(headers or {})}
        log(f"GET {url} ({len(merged)} headers)")
        status, body = self.transport("GET", url, merged)
        log(f"status {status}, {len(body)} bytes")
        return status, body
