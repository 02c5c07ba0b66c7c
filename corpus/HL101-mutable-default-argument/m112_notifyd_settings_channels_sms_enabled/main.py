"""Order notifications: each shipped order goes out on every enabled channel."""
import itertools

import channels

_orders = itertools.count(1)


def scenario():
    n = next(_orders)
    return channels.notify_all(f"order {n} shipped", f"+4455501{n:05d}")
