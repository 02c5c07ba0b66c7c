"""Signup flow: the tenant's own on_signup hook runs after the built-in audit hook."""
import itertools

from loader import resolve_hook

_signups = itertools.count(1)


def scenario():
    n = next(_signups)
    event = {"type": "signup", "id": n}
    audit = resolve_hook("audit")(event)
    custom = resolve_hook(f"tenant{n}.on_signup")(event)
    return audit, custom
