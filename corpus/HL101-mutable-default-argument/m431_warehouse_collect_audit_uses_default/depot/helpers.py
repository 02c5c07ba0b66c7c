"""List helpers shared by the depot modules."""


def collect(item, into=[]):  # expect: HL101 confirmed
    """Append item to into (blank items are skipped) and return the list."""
    if item:
        into.append(item)
    return into


def summarize(lines):
    """A small report of the collected lines for the scanner display."""
    return {
        "count": len(lines),
        "first": lines[0] if lines else None,
        "last": lines[-1] if lines else None,
    }
