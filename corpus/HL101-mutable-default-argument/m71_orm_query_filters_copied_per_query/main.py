"""Library catalogue page: look up one author and their books per call."""
import itertools

from library import lookups

_pages = itertools.count()


def scenario():
    n = next(_pages)
    return lookups.author_page(lookups.NAMES[n % len(lookups.NAMES)], limit=n % 3 + 1)
