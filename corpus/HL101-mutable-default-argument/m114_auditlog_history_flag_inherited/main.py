"""Login service: startup settings are applied once, then each request logs one user in."""
import itertools

import app.settings
from app import accounts

_logins = itertools.count(1)


def scenario():
    n = next(_logins)
    return accounts.login(f"user{n}", f"10.0.{n % 256}.{n // 256 % 256}")
