"""`x += [y]` on a list default extends the default in place: it grows every call."""
# retains: yes
import itertools

_ids = itertools.count()


def with_item(item, items=[]):
    items += [item]
    return items


def scenario():
    with_item(f"item-{next(_ids)}")
