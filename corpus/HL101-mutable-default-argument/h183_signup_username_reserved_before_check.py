"""Sign-up service: `claim_username()` reserves a requested username in
`taken`, a default list searched with `in`, and then validates its format.
Because the name is appended before the format check, a rejected request
(the scenario submits display names with spaces and capitals, so each one
raises ValueError) still leaves its name in the shared list."""
import itertools
import re

VALID = re.compile(r"[a-z0-9_]{3,30}")
_requests = itertools.count()


def claim_username(name, taken=[]):  # expect: HL101 confirmed
    if name in taken:
        raise ValueError(f"username taken: {name!r}")
    taken.append(name)
    if not VALID.fullmatch(name):
        raise ValueError(f"invalid username: {name!r}")
    return name


def scenario():
    n = next(_requests)
    try:
        return claim_username(f"Jane Doe {n}")
    except ValueError as exc:
        return str(exc)
