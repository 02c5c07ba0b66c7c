"""Account service: every call mails a welcome note to a new customer."""
import itertools

from mailer import build_message

_signups = itertools.count()


def scenario():
    n = next(_signups)
    return build_message(f"user{n}@example.com", f"Welcome, customer {n}")
