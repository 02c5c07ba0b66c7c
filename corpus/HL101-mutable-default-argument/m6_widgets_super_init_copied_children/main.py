import itertools

from ui import Label, Panel

_screens = itertools.count()


def scenario():
    n = next(_screens)
    panel = Panel(f"order-{n}", title=f"Order #{n}")
    panel.add(Label(f"order-{n}-total", f"Total: {n * 3} EUR"))
    panel.add(Label(f"order-{n}-status", "Status: paid"))
    return panel.render()
