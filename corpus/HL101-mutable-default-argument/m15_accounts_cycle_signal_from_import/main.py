import itertools

from accounts import User

_ids = itertools.count()


def scenario():
    n = next(_ids)
    user = User(f"user{n}", f"user{n}@example.com")
    user.save()
    return user.email
