"""List helper implementations."""


def merge_into(target, items):
    """Add the items target lacks, keeping order; return target."""
    for item in items:
        if item not in target:
            target.append(item)
    return target
