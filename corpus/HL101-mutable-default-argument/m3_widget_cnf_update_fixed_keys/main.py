"""Login form: every form opening creates an entry with the same option names and fresh values."""
import itertools

from gui.entry import Entry

_forms = itertools.count()


def scenario():
    n = next(_forms)
    user = Entry(f".login{n}", width=24 + n % 8, textvariable=f"user{n}")
    return user.path, user.cget("width")
