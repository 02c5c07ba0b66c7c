"""HTTP client session: transport adapters mounted by URL prefix, one keep-alive adapter per tenant host."""
import contextlib
import itertools


class HTTPAdapter:
    def __init__(self, host):
        self.host = host
        self.closed = False

    def send(self, method, path):
        return f"{method} {path} HTTP/1.1\r\nHost: {self.host}\r\nConnection: keep-alive\r\n\r\n"

    def close(self):
        self.closed = True


class Session:
    # heaplint-todo: a subclass's __init__ that can store into the default never ran in the scenario (unknown, not confirmed)
    def __init__(self, adapters={}):  # expect: HL101 confirmed
        self.adapters = adapters

    def request(self, method, url):
        prefix = max((p for p in self.adapters if url.startswith(p)), key=len)
        return self.adapters[prefix].send(method, "/" + url[len(prefix):])

    def close(self):
        for adapter in self.adapters.values():
            adapter.close()


class TenantSession(Session):
    def __init__(self, tenant):
        super().__init__()
        self.base_url = f"https://{tenant}.api.example.com/"
        self.adapters[self.base_url] = HTTPAdapter(f"{tenant}.api.example.com")


_ids = itertools.count()


def scenario():
    n = next(_ids)
    with contextlib.closing(TenantSession(f"acme{n}")) as session:
        return session.request("GET", f"{session.base_url}v1/usage?month={n % 12 + 1}")
