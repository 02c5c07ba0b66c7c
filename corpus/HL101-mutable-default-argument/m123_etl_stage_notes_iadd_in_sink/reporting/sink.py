def note(notes, message):
    """Record one warning and return the notes."""
    notes += [message]
    return notes
