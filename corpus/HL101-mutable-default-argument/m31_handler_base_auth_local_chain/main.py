import itertools

from webkit import AuthHandler, JsonHandler

_counter = itertools.count()
_api = JsonHandler()
_login = AuthHandler()


def scenario():
    n = next(_counter)
    auth = _login.handle({"path": "/login", "token": f"user{n}:secret{n}"})
    page = _api.handle({"path": f"/items/{n}"})
    return auth["status"], page["status"]
