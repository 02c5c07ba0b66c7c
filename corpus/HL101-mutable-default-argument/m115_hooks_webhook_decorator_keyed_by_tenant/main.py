"""Webhook gateway: each call delivers one signup event for a new tenant."""
import itertools

from hooks import deliver

_tenants = itertools.count(1)


def scenario():
    n = next(_tenants)
    return deliver("signup", f"tenant{n:05d}", {"user": f"u{n}", "plan": ("free", "pro")[n % 2]})
