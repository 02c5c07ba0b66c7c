"""Sign-up flow: each new customer gets a one-off welcome SMS."""
import itertools

from notify.manager import ChannelManager

_signups = itertools.count()

TENANTS = ("acme", "globex", "initech", "umbrella")
manager = ChannelManager()


def scenario():
    n = next(_signups)
    return manager.send_once(TENANTS[n % len(TENANTS)], f"+4479{n:08d}", "Welcome!")
