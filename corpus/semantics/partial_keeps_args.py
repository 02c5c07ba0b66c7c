"""A stored functools.partial keeps its bound arguments alive."""
# retains: yes
import functools
import itertools

CALLBACKS = []
_ids = itertools.count()


def send_receipt(order, channel):
    return f"{channel}:{order['id']}"


def scenario():
    order = {"id": next(_ids), "lines": [1, 2, 3]}
    CALLBACKS.append(functools.partial(send_receipt, order))
