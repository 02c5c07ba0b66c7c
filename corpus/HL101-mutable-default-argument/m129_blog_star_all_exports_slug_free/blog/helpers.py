"""Helpers: __all__ lists slug_free, so `from .helpers import *` replaces the
read-only validators.slug_free with this one, which reserves each slug in
`taken` (posts.publish's shared default set).
"""
__all__ = ["slugify", "slug_free"]


def slugify(title):
    return "-".join(title.lower().split())


def slug_free(slug, taken):
    if slug in taken:
        return False
    taken.add(slug)
    return True
