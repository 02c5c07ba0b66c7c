"""Option helpers shared by every widget."""


def cnfmerge(cnfs):
    """Merge option dicts into one new dict (later dicts win), like tkinter._cnfmerge."""
    merged = {}
    for cnf in cnfs:
        if cnf:
            merged.update(cnf)
    return merged
