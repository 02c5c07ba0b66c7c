"""Admin UI: each request renders one freshly built save button."""
import itertools

from app.widgets import Button

_requests = itertools.count()


def scenario():
    n = next(_requests)
    button = Button().with_label(f"Save draft {n}")
    return len(button.render())
