"""Login audit: a sign-in from outside the office network is flagged by a
short-circuit `suspicious and flagged.add(...)`, so the set default only
grows when the condition holds. The SSO gateway only forwards sign-ins
from 10.x addresses, so the condition is always false."""
import itertools

_logins = itertools.count()
OFFICE_PREFIX = "10."


def check_login(user, ip, flagged=set()):  # expect: HL101 refuted
    suspicious = not ip.startswith(OFFICE_PREFIX)
    suspicious and flagged.add(f"{user}@{ip}")
    return {"user": user, "mfa_required": suspicious}


def scenario():
    n = next(_logins)
    return check_login(f"emp{n}", f"10.{n % 250}.{n // 250 % 250}.{n % 7 + 1}")
