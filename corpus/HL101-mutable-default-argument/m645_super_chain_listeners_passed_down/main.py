"""UI toolkit: each call builds one new button and clicks it."""
import itertools

from ui.widgets import Button

_ids = itertools.count()


def scenario():
    n = next(_ids)
    button = Button(label=f"Save draft {n}", name=f"save-{n}")
    return button.click()
