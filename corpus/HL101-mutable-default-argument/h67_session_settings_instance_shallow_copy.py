"""HTTP client: every session starts from a copy of the library-wide default settings object."""
import copy
import itertools


class Settings:
    def __init__(self):
        self.headers = {"User-Agent": "fetchkit/2.3", "Accept": "application/json"}
        self.hooks = {"response": []}
        self.timeout = 10.0


class Session:
    def __init__(self, base_url, token, defaults=Settings()):  # expect: HL101 confirmed
        self.base_url = base_url.rstrip("/")
        self.settings = copy.copy(defaults)
        self.settings.headers["Authorization"] = f"Bearer {token}"
        self.settings.hooks["response"].append(self._record_status)
        self.statuses = []

    def _record_status(self, status):
        self.statuses.append(status)

    def request(self, path, status=200):
        url = f"{self.base_url}/{path.lstrip('/')}"
        for hook in self.settings.hooks["response"]:
            hook(status)
        return url, self.settings.timeout


_tenants = itertools.count()


def scenario():
    n = next(_tenants)
    session = Session(f"https://api{n % 4}.example.test/", token=f"tok-{n:08d}")
    return session.request(f"/orders/{n}")
