"""HTTP client: __init__ folds keyword options into its options default; callers pass per-tenant header names."""
import itertools


class Client:
    def __init__(self, base_url, options={}, **kwargs):  # expect: HL101 confirmed
        options.update(kwargs)
        self.base_url = base_url.rstrip("/")
        self.headers = {k[2:]: v for k, v in kwargs.items() if k.startswith("h_")}

    def url(self, path):
        return f"{self.base_url}/{path.lstrip('/')}"


_sessions = itertools.count()


def scenario():
    n = next(_sessions)
    client = Client(f"https://api{n}.example.com/", **{f"h_x_tenant_{n}": str(n)})
    return client.url(f"/v1/items/{n}"), client.headers
