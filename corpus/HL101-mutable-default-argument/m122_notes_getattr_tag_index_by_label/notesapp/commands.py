"""Notes sub-commands; cli.dispatch() looks them up by name with getattr."""

LABELS = ("work", "home", "errands")


def tag(note_id, label, index={}):  # expect: HL101 refuted
    """Remember the latest note of each label in `index` (label -> note id)."""
    if label not in LABELS:
        return f"notes: unknown label {label!r}"
    index[label] = note_id
    return f"{note_id} tagged {label} ({len(index)} tagged)"


def show(note_id):
    return f"note {note_id}"
