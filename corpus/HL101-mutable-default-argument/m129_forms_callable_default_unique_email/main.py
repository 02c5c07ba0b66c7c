"""Signup page: each call registers one new user."""
import itertools

import signup

_users = itertools.count(1)


def scenario():
    n = next(_users)
    account = signup.register({"email": f"  user{n:06d}@Example.COM "})
    assert account["email"] == f"user{n:06d}@example.com", account
    return account
