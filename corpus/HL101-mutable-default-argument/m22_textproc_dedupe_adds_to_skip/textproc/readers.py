"""Lazy line readers."""


def dedupe(lines, seen):
    """Yield each non-blank line the first time it appears and is not in seen."""
    for line in lines:
        key = line.strip()
        if key and key not in seen:
            seen.add(key)
            yield line
