"""Auth client: a descriptor keeps bearer tokens out of the instance __dict__, so vars() and repr never show them."""
import hashlib
import itertools


class Secret:
    def __init__(self, values={}):  # expect: HL101 confirmed
        self.values = values

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        if obj not in self.values:
            raise AttributeError(f"{type(obj).__name__} has no secret set")
        return self.values[obj]

    def __set__(self, obj, value):
        self.values[obj] = value

    def __delete__(self, obj):
        self.values.pop(obj, None)


class TokenSession:
    token = Secret()

    def __init__(self, client_id):
        self.client_id = client_id

    def __enter__(self):
        self.token = hashlib.sha256(self.client_id.encode()).hexdigest()
        return self

    def __exit__(self, *exc):
        self.token = None


_clients = itertools.count()


def scenario():
    n = next(_clients)
    with TokenSession(f"svc-{n}") as session:
        return {"Authorization": f"Bearer {session.token[:24]}", "X-Client-Id": session.client_id}
