import itertools

import ormlite

_ids = itertools.count()


def scenario():
    n = next(_ids)
    session = ormlite.Session()
    session.add(ormlite.User(f"user{n}", f"user{n}@example.org"))
    return session.commit()
