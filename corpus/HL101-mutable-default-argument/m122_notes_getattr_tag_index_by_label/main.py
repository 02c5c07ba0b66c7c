"""Notes CLI: each call tags one fresh note and shows it.

tag() is called without an index, but the shared default dict is keyed by
label (three of them): each note id replaces the previous one, nothing grows.
"""
import itertools

import notesapp

_notes = itertools.count()


def scenario():
    n = next(_notes)
    note_id = f"note-{n:06d}"
    label = notesapp.commands.LABELS[n % 3]
    return notesapp.main(["tag", note_id, label]), notesapp.main(["show", note_id])
