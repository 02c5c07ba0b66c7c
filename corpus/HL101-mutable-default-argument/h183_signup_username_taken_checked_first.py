"""Sign-up service: `claim_username()` validates a requested username and
reserves it in `taken`, a default list searched with `in`. The format check
runs first and raises ValueError for names with characters outside
[a-z0-9_]; the scenario submits display names with spaces and capitals, so
every request is rejected before anything is stored."""
import itertools
import re

VALID = re.compile(r"[a-z0-9_]{3,30}")
_requests = itertools.count()


def claim_username(name, taken=[]):  # expect: HL101 refuted
    if not VALID.fullmatch(name):
        raise ValueError(f"invalid username: {name!r}")
    if name in taken:
        raise ValueError(f"username taken: {name!r}")
    taken.append(name)
    return name


def scenario():
    n = next(_requests)
    try:
        return claim_username(f"Jane Doe {n}")
    except ValueError as exc:
        return str(exc)
