"""Signup endpoint: each call validates one submitted form."""
import itertools

from forms import SignupForm

_submissions = itertools.count(1)


def scenario():
    n = next(_submissions)
    form = SignupForm(f"new-user-{n}", age=10 + n % 60)
    return form.is_valid()
