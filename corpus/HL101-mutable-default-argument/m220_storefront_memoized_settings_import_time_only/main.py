"""Storefront: render the page header and a price line for one visitor per call."""
import itertools

import settings

_visits = itertools.count(1)


def scenario():
    n = next(_visits)
    user = f"visitor-{n}"
    header = f"{settings.SITE} | signed in as {user}"
    total = 12.5 + n % 7
    return header, f"{total:.2f} {settings.CURRENCY}"
