import itertools

from models import User

_signups = itertools.count()


def scenario():
    n = next(_signups)
    user = User.create(f"user{n}", f"user{n}@example.org")
    return user.as_dict()
