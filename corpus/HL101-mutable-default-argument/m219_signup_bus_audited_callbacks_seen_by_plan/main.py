"""Signup flow: each call publishes one user.signed_up event to the in-process bus."""
import itertools

import bus
import listeners  # noqa: F401  (subscribes the signup callbacks)

_events = itertools.count(1)


def scenario():
    n = next(_events)
    payload = {
        "event_id": f"evt-{n:08d}",
        "email": f"user{n}@example.org",
        "plan": ("free", "pro")[n % 2],
    }
    return bus.publish("user.signed_up", payload)
