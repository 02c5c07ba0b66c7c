"""Checkout service: each request places one order through the command bus."""
import itertools

import cmdbus

_ids = itertools.count()


def scenario():
    n = next(_ids)
    command = {"type": "PlaceOrder", "id": n, "card": f"4111{n:012d}", "lines": [(1 + n % 3, 250)]}
    replies = cmdbus.dispatch(command)
    assert len(replies) == 2, replies
    return replies
