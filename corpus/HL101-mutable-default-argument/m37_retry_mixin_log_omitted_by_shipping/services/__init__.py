class ServiceClient:
    """Base HTTP-ish client; the transport is stubbed for offline use."""

    def __init__(self, base_url, timeout=5.0):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.calls = 0

    def request(self, method, path, payload=None):
        self.calls += 1
        url = f"{self.base_url}/{path.lstrip('/')}"
        return {"method": method, "url": url, "json": payload, "status": 200}
