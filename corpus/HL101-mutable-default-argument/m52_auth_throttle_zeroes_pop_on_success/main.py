"""Login endpoint: each request is one user signing in; some mistype the password first."""
import itertools

from auth import login

_requests = itertools.count(1)
_PASSWORDS = {"admin": "correct horse"}


def scenario():
    n = next(_requests)
    user = f"user{n}"
    if n % 3 == 0:
        login(user, "hunter2", expected=f"pw-{n}")
    if n % 10 == 0:
        login("admin", "letmein", expected=_PASSWORDS["admin"])
    return login(user, f"pw-{n}", expected=f"pw-{n}")
