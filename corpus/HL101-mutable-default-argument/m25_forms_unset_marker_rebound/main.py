"""Signup form: each submission is cleaned field by field."""
import itertools

from forms.fields import clean_email
from forms.markers import UNSET as NOT_GIVEN

_submissions = itertools.count()


def scenario():
    n = next(_submissions)
    if n % 2:
        return clean_email(f"user{n}@example", NOT_GIVEN)
    return clean_email(f"User{n}@Example.org ")
