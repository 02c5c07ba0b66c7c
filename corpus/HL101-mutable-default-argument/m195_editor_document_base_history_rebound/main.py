"""Collaborative editor: each incoming edit opens the note it targets and
applies the edit, so the note's undo history holds it."""
import itertools

from editor.notes import Note

_edits = itertools.count()


def scenario():
    n = next(_edits)
    note = Note(f"note-{n}", body="Meeting notes\n")
    note.insert(len(note.body), f"- action item {n}\n")
    return note.body, note.can_undo()
