class Client:
    def __init__(self, base_url, headers={}):  # expect: HL101 confirmed
        self.base_url = base_url.rstrip("/")
        self._headers = headers

    def build(self, method, path, body=None):
        return {
            "method": method,
            "url": f"{self.base_url}/{path.lstrip('/')}",
            "headers": dict(self._headers),
            "body": body,
        }
