"""Session: client-wide headers plus a transport with its own adapter mounts."""
from .transport import HTTPAdapter, Transport


class Session:
    def __init__(
        self,
        base_url,
        adapters={},  # expect: HL101 refuted
        hooks={},  # expect: HL101 refuted
        retries=2,
    ):
        self.base_url = base_url.rstrip("/")
        self.headers = {"User-Agent": "fetchkit/1.2", "Accept": "application/json"}
        self.transport = Transport(adapters, hooks)
        self.transport.mount("https://", HTTPAdapter())
        self.transport.mount(self.base_url + "/", HTTPAdapter(max_retries=retries))

    def request(self, method, path, headers=None):
        url = self.base_url + "/" + path.lstrip("/")
        sent = dict(self.headers)
        sent.update(headers or {})
        return self.transport.send(method.upper(), url, sent)

    def get(self, path, **kwargs):
        return self.request("GET", path, **kwargs)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        for adapter in self.transport.adapters.values():
            adapter.close()
