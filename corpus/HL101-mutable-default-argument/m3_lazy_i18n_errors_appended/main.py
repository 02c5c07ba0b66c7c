"""Signup endpoint: each submission validates two e-mail fields; the backup address is often malformed."""
import itertools

from forms import validate_email

_signups = itertools.count()


def scenario():
    n = next(_signups)
    ok = validate_email(f"user{n}@example.com")
    backup = validate_email(f"user{n}-at-example.com")
    return ok, backup
