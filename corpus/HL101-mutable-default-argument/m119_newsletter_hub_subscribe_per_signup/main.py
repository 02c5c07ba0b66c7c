"""Signup endpoint: each call signs one new user up to the newsletter."""
import itertools

from newsletter.views import handle_signup

_ids = itertools.count(1)


def scenario():
    n = next(_ids)
    return handle_signup(n, f"reader{n}@example.test")
