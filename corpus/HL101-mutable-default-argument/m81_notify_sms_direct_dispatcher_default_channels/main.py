"""Two-factor login: every call texts a fresh one-time code to one user's phone."""
import itertools

import notify

_logins = itertools.count(100)


def scenario():
    n = next(_logins)
    message = {"subject": f"Your login code is {n * 7919 % 1000000:06d}"}
    receipts = notify.text_only(f"+4479{n:08d}", message)
    return receipts[-1]
