"""Text helpers; only slugify is exported."""
import re

__all__ = ["slugify"]

_NON_WORD = re.compile(r"[^a-z0-9]+")


def slugify(title, _memo={}):  # expect: HL101 confirmed
    slug = _memo.get(title)
    if slug is None:
        slug = _NON_WORD.sub("-", title.lower()).strip("-")
        _memo[title] = slug
    return slug


def _debug_dump():
    return {}
