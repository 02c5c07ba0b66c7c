"""Support console: every call signs in a fresh customer account."""
import itertools

from client import login as sign_in

_accounts = itertools.count()


def scenario():
    n = next(_accounts)
    status, jar = sign_in(f"customer{n}")
    return status, len(jar)
