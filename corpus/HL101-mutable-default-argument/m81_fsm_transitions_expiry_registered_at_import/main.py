"""Checkout worker: every call takes one fresh order from payment to delivery."""
import itertools

import fsm

_orders = itertools.count(1)


def scenario():
    n = next(_orders)
    order = fsm.OrderMachine(f"ord-{n:06d}", total=20 + n % 7, created=n % 60)
    order.fire("expire", order.created + 5)
    order.fire("pay", order.total)
    order.fire("ship", "dhl")
    order.fire("deliver")
    return order.state, order.tracking, len(order.history)
