"""Sequence helpers."""


def unique(items, seen=set()):  # expect: HL101 confirmed
    """Items in order, skipping any already in `seen` (pass your own set to scope it)."""
    out = []
    for item in items:
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out
