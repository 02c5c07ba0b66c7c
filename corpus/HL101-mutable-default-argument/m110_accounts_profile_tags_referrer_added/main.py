"""Community site: one sign-up per call, referred by the previous member."""
import itertools

import signup

_ids = itertools.count()


def scenario():
    n = next(_ids)
    return signup.register(f"user{n:05d}", referrer=f"user{n - 1:05d}")
