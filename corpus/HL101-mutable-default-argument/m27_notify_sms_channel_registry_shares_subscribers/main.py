"""Sign-up flow: each new customer is subscribed to their tenant's SMS channel."""
import itertools

from notify.manager import ChannelManager

_signups = itertools.count()

TENANTS = ("acme", "globex", "initech", "umbrella")
manager = ChannelManager()


def scenario():
    n = next(_signups)
    channel = manager.open(TENANTS[n % len(TENANTS)], f"+4479{n:08d}")
    return channel.name, manager.count()
