"""`x = x + [y]` on a list default builds a new list; the default itself stays empty."""
# retains: no
import itertools

_ids = itertools.count()


def with_item(item, items=[]):
    items = items + [item]
    return items


def scenario():
    with_item(f"item-{next(_ids)}")
