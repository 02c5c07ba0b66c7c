"""Session: default headers, auth and adapter lookup by URL prefix."""
import base64

from .adapters import HTTPAdapter


class Session:
    def __init__(self, user_agent="httpkit/0.4"):
        self.headers = {"User-Agent": user_agent, "Accept": "application/json"}
        self.adapters = {}
        self.mount("https://", HTTPAdapter(max_retries=2))
        self.mount("http://", HTTPAdapter())

    def mount(self, prefix, adapter):
        self.adapters[prefix.lower()] = adapter

    def get_adapter(self, url):
        for prefix, adapter in self.adapters.items():
            if url.lower().startswith(prefix):
                return adapter
        raise ValueError("No connection adapters were found for %r" % url)

    def request(self, method, url, headers=None, auth=None):
        merged = dict(self.headers)
        if headers:
            merged.update(headers)
        if auth is not None:
            token = base64.b64encode(("%s:%s" % auth).encode()).decode("ascii")
            merged["Authorization"] = "Basic " + token
        return self.get_adapter(url).send(method.upper(), url, merged)

    def close(self):
        self.adapters.clear()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
