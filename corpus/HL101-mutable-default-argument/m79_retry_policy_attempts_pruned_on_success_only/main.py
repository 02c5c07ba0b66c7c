"""Profile page: each call loads one user, from the API and from the (dead) mirror."""
import itertools

from retry import Client

_users = itertools.count()


class FlakyTransport:
    """The first request for each path is reset; the mirror never answers at all."""

    def __init__(self):
        self.seen = set()

    def request(self, method, path):
        if path.startswith("/mirror/") or path not in self.seen:
            self.seen.add(path)
            raise ConnectionResetError(f"{method} {path}: connection reset")
        return {"path": path, "status": 200}


def scenario():
    n = next(_users)
    client = Client(FlakyTransport())
    return client.get(f"/users/{n}"), client.get(f"/mirror/users/{n}")
