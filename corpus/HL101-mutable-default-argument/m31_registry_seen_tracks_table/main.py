import itertools

import ormlite

_counter = itertools.count()


def scenario():
    n = next(_counter)
    # an API version module maps its own alias onto the canonical model
    ormlite.register(f"user_v{n}", ormlite.User)
    row = ormlite.lookup("users")(id=n, email=f"u{n}@example.com", active=True)
    return row.as_row()
