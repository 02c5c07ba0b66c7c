"""Docs build: each changelog entry is rendered as a paragraph with a
footnote citing its source."""
import itertools

from mdkit import *

_entries = itertools.count()


def scenario():
    n = next(_entries)
    ref, notes = footnote(f"Reported in ticket #{4000 + n} & fixed in build {n}")
    return f"<p>{emphasis(f'Fix {n}')}: crash on empty input{ref}</p>" + render_notes(notes)
