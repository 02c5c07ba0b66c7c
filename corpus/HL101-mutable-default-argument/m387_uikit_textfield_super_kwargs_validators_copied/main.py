"""Signup form: one nickname field per call, built and validated for a new user."""
import itertools

import uikit.fields.text as text

_ids = itertools.count()


def scenario():
    n = next(_ids)
    field = text.TextField(f"nickname_{n}", max_length=8 + n % 24, required=True)
    ok = field.validate(f"user{n}")
    return ok, field.errors
