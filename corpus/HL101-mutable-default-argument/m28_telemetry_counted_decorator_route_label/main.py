"""API worker: each request fetches one user profile."""
import itertools

from users import api

_requests = itertools.count()


def scenario():
    n = next(_requests)
    return api.get_user(10_000 + n, fields=("id", "name") if n % 2 else ("id",))
