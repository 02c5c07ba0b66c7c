"""Helpers: __all__ lists only slugify, so `from .helpers import *` leaves the
read-only validators.slug_free in place; this reserving slug_free is never
used by posts.publish, and its default set stays empty.
"""
__all__ = ["slugify"]


def slugify(title):
    return "-".join(title.lower().split())


def slug_free(slug, taken):
    if slug in taken:
        return False
    taken.add(slug)
    return True
