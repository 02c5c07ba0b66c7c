"""Signup view: each POST validates one new user's form."""
import itertools

from site_forms import SignupForm

_posts = itertools.count()


def scenario():
    n = next(_posts)
    data = {"name": f"User {n}", "email": f"user{n}@example.org", "password": "pw" * (1 + n % 5)}
    cleaned, errors = SignupForm().validate(data)
    return sorted(cleaned), sorted(errors)
