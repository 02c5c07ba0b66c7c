"""Report printer: one textwrap.TextWrapper per column width is kept in a default dict; the widths come from three layouts."""
import itertools
import textwrap

LAYOUTS = (40, 60, 72)


def wrap_note(text, width, _wrappers={}):  # expect: HL101 refuted
    wrapper = _wrappers.get(width)
    if wrapper is None:
        wrapper = _wrappers[width] = textwrap.TextWrapper(width=width, subsequent_indent="  ")
    return wrapper.fill(text)


_notes = itertools.count()


def scenario():
    n = next(_notes)
    text = " ".join(f"word{n + i}" for i in range(25))
    return wrap_note(text, LAYOUTS[n % 3]).count("\n")
