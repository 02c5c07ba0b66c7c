import zlib


class Session:
    """Connection defaults plus the cache used for conditional requests."""

    def __init__(self, base_url, etag_cache={}, timeout=10.0):  # expect: HL101 refuted
        self.base_url = base_url.rstrip("/")
        self.etag_cache = etag_cache
        self.timeout = timeout
        self.headers = {"Accept": "application/json", "User-Agent": "restkit/0.4"}

    @classmethod
    def from_env(cls, env):
        url = env.get("API_URL")
        if not url:
            raise ValueError("API_URL is not set")
        timeout = float(env.get("API_TIMEOUT", "10"))
        return cls(url, {}, timeout)

    def url_for(self, *parts):
        return "/".join([self.base_url] + [str(p).strip("/") for p in parts])

    def request(self, method, url, headers=None):
        sent = dict(self.headers)
        if headers:
            sent.update(headers)
        # Offline transport: the server derives a weak ETag from the URL.
        etag = 'W/"%08x"' % zlib.crc32(url.encode("utf-8"))
        if sent.get("If-None-Match") == etag:
            return {"status": 304, "etag": etag, "body": None}
        return {"status": 200, "etag": etag, "body": {"url": url, "method": method}}
