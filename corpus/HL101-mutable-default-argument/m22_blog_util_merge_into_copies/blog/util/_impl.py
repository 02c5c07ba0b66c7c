"""List helper implementations."""


def merge_into(target, items):
    """Return target followed by the items it lacks, keeping order."""
    merged = list(target)
    for item in items:
        if item not in merged:
            merged.append(item)
    return merged
