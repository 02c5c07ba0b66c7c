"""Toolbar rows: every row gets a button whose command opens that row."""
import itertools

from uikit import Button

_rows = itertools.count()


def scenario():
    n = next(_rows)
    button = Button(".toolbar", {"text": f"Row {n}"}, command=f"open_row_{n}")
    return button.command_line()
