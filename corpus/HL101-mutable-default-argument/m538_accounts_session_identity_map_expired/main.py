"""Sign-up API: one new user registered per call."""
import itertools

from accounts import api

_ids = itertools.count()


def scenario():
    n = next(_ids)
    return api.post_signup({"email": f"new{n}@example.com", "name": f"User {n}"})
