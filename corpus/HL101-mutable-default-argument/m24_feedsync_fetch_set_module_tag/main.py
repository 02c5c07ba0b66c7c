"""Feed sync job: pulls every page of a partner's changes feed."""
import itertools

from feedsync.walk import sync

_partners = itertools.count()


def scenario():
    n = next(_partners)
    return sync(f"cur-{n:08x}")
