"""Sign-up: each new user is a models.User, whose base constructor (another module) keeps the default change list."""
import itertools

from models import User

_signups = itertools.count()


def scenario():
    n = next(_signups)
    return User(f"user{n}", f"user{n}@example.org").dirty()
