"""The login view."""
import hmac

from . import throttle


def login(username, password, expected):
    if not throttle.allowed(username):
        return {"user": username, "status": 429}
    ok = hmac.compare_digest(password.encode(), expected.encode())
    throttle.record(username, ok)
    return {"user": username, "status": 200 if ok else 401}
