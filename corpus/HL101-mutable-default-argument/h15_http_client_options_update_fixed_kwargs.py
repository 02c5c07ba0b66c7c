"""HTTP client: __init__ folds keyword options into its options default; callers only pass timeout and retries."""
import itertools


class Client:
    def __init__(self, base_url, options={}, **kwargs):  # expect: HL101 refuted
        options.update(kwargs)
        self.base_url = base_url.rstrip("/")
        self.timeout = options.get("timeout", 10)
        self.retries = options.get("retries", 0)

    def url(self, path):
        return f"{self.base_url}/{path.lstrip('/')}"


_sessions = itertools.count()


def scenario():
    n = next(_sessions)
    client = Client(f"https://api{n}.example.com/", timeout=n % 30, retries=n % 4)
    return client.url(f"/v1/items/{n}"), client.timeout, client.retries
