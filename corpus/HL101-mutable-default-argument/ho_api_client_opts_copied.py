"""HTTP API client: each client works on its own copy of the default options."""
import itertools


class ApiClient:
    def __init__(self, base_url, opts={"timeout": 5, "retries": 2}):  # expect: HL101 refuted
        self.base_url = base_url
        self.opts = dict(opts)

    def with_header(self, name, value):
        self.opts.setdefault("headers", {})[name] = value
        return self

    def request_line(self, path):
        return f"GET {self.base_url}{path} timeout={self.opts['timeout']}"


_requests = itertools.count()


def scenario():
    n = next(_requests)
    client = ApiClient(f"https://api{n}.example.com").with_header("X-Request-Id", str(n))
    client.request_line(f"/orders/{n}")
