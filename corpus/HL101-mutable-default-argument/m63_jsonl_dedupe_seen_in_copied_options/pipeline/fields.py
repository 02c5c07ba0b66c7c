"""Small validation helpers shared by the readers."""


def require(record, *names):
    """Return the record, or raise ValueError naming the fields it lacks."""
    missing = [name for name in names if record.get(name) in (None, "")]
    if missing:
        raise ValueError(f"record {record.get('id', '?')!r} lacks {', '.join(missing)}")
    return record


def pick(record, names):
    return {name: record.get(name) for name in names}
