"""Profile page: optional fields are read with store.get and a default marker from another module."""
import itertools

from store import get

_users = itertools.count()


def scenario():
    n = next(_users)
    profile = {"name": f"user{n}", "bio": ""}
    return get(profile, "name"), get(profile, "avatar", default=None)
