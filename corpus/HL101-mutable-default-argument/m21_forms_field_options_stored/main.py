"""Signup endpoint: validates the email of each submitted form."""
import itertools

from forms import EmailField

_submissions = itertools.count()


def validate_signup(email):
    field = EmailField()
    cleaned = field.clean(email)
    return cleaned, field.errors()


def scenario():
    n = next(_submissions)
    return validate_signup(f"user{n}@example.com" if n % 2 else f"user{n}.example.com")
