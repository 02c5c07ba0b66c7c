"""HTTP client: Request keeps the default headers dict on self; only the calling code uses set_header()."""
import itertools


class Request:
    def __init__(self, method, url, headers={}):  # expect: HL101 confirmed
        self.method = method
        self.url = url
        self.headers = headers

    def set_header(self, name, value):
        self.headers[name.title()] = value

    def prepare(self):
        lines = [f"{self.method} {self.url} HTTP/1.1"]
        lines += [f"{k}: {v}" for k, v in sorted(self.headers.items())]
        return "\r\n".join(lines)


_calls = itertools.count()


def scenario():
    n = next(_calls)
    req = Request("GET", f"/orders/{n}")
    req.set_header(f"x-trace-{n}", str(n))
    return len(req.headers)
