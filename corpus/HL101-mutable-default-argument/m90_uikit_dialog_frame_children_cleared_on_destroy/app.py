"""Dialogs: built on demand and destroyed when the user answers."""
from contextlib import contextmanager

from uikit import Button, Frame, Label


@contextmanager
def dialog(title, **kw):
    win = Frame(None, text=title, **kw)
    try:
        yield win
    finally:
        win.destroy()


def confirm_delete(paths):
    with dialog(f"Delete {len(paths)} files?", relief="raised") as win:
        for path in paths:
            Label(win, text=path)
        Button(win, text="Delete")
        Button(win, text="Cancel")
        return "\n".join(win.render())
