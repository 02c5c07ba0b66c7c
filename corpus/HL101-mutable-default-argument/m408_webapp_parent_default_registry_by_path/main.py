"""Catalogue admin: publish one new item page per call and render it once."""
import itertools

from webapp.views import items

_ids = itertools.count()


def scenario():
    n = next(_ids)
    return items.publish(n, title=f"Item #{n}")
