"""Notes CLI: each call tags one fresh note and shows it.

tag() is called without an index, so every note id becomes a new key of the
shared default dict.
"""
import itertools

import notesapp

_notes = itertools.count()


def scenario():
    n = next(_notes)
    note_id = f"note-{n:06d}"
    label = notesapp.commands.LABELS[n % 3]
    return notesapp.main(["tag", note_id, label]), notesapp.main(["show", note_id])
