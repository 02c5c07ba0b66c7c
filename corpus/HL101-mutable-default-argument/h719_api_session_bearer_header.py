"""API client: a session builds its HTTP client around the headers mapping it
was given, and the client keeps that mapping as its own. Each login replaces
the one Authorization header with the new token."""
import itertools

_ids = itertools.count()


class HttpClient:
    def __init__(self, base_url, headers):
        self.base_url = base_url
        self.headers = headers

    def remember(self, token):
        self.headers["Authorization"] = f"Bearer {token}"

    def request(self, path):
        return {"url": self.base_url + path, "headers": dict(self.headers)}


class ApiSession:
    def __init__(self, user, headers={}):  # expect: HL101 refuted
        self.user = user
        self.client = HttpClient("https://api.example.com", headers)

    def login(self, token):
        self.client.remember(token)
        return self.client.request(f"/users/{self.user}")


def scenario():
    n = next(_ids)
    session = ApiSession(f"user{n}")
    return len(session.login(f"tok-{n:012d}")["headers"])
