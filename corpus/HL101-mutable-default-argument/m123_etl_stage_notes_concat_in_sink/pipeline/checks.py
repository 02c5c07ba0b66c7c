from reporting.sink import note


def validate(record, notes):
    """Add a warning to `notes` for each problem found in the record."""
    if not record.get("email"):
        notes = note(notes, f"{record['id']}: missing email")
    return notes
