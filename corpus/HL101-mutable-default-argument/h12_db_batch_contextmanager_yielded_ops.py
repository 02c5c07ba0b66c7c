"""DB layer: a contextmanager yields its default ops list to the caller and 'commits' without clearing it."""
import itertools
from contextlib import contextmanager

_committed = [0]


@contextmanager
def batch(ops=[]):  # expect: HL101 confirmed
    start = len(ops)
    yield ops
    _committed[0] += len(ops) - start


def save_user(user_id, email):
    with batch() as ops:
        ops.append(("INSERT", "users", user_id))
        ops.append(("INSERT", "emails", email))


_users = itertools.count()


def scenario():
    n = next(_users)
    save_user(f"u{n}", f"user{n}@example.com")
