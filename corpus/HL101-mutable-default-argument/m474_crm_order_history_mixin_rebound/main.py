"""Order desk: each call takes one new order through payment and shipping."""
import itertools

import crm

_refs = itertools.count(5000)


def scenario():
    n = next(_refs)
    order = crm.Order(f"SO-{n}", customer=f"cust-{n % 311}")
    order.transition("paid", amount=round(19.99 + n % 40, 2))
    order.transition("shipped", carrier="DHL" if n % 2 else "UPS")
    return order.ref, order.state, order.last_event()
