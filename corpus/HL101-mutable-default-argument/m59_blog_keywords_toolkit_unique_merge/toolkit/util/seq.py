"""Small list helpers."""

__all__ = ["first", "unique_append", "unique_merge"]


def first(items, default=None):
    return items[0] if items else default


def unique_append(items, item):
    """Add item to items unless already present; returns items."""
    if item not in items:
        items.append(item)
    return items


def unique_merge(items, item):
    """Return items plus item, as a new list, unless item is already present."""
    if item in items:
        return items
    return [*items, item]
