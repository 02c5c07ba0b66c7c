"""Low-level buffer helpers shared by the ingest stages."""


def push_all(buf, items):
    """Append items to buf in place (works for list subclasses too)."""
    list.__iadd__(buf, items)
    return len(buf)


def snapshot(buf):
    """Return a copy of the buffered items, leaving buf as it is."""
    return buf[:]


def drain(buf):
    """Return the buffered items and empty buf in place."""
    batch = buf[:]
    del buf[:]
    return batch
