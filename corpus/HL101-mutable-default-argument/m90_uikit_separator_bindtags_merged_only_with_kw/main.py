"""Back office: the clerk opens one order after another."""
import itertools

import app

_orders = itertools.count(1000)


def scenario():
    n = next(_orders)
    win = app.order_window(n, [f"SKU-{n}-{i}" for i in range(3)])
    return len(win.render())
