"""Invoice list view: each request renders one row label."""
import itertools

from uikit import Label

_rows = itertools.count()


def scenario():
    n = next(_rows)
    label = Label(f"Invoice {n}", title=f"Invoice number {n}")
    label.add_class(f"row-{n}")
    if n % 2:
        label.add_class("odd")
    return label.render()
