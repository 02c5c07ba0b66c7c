"""URL-safe anchors for headings."""
import re

_NON_WORD = re.compile(r"[^a-z0-9]+")


def slugify(title):
    return _NON_WORD.sub("-", title.lower()).strip("-")


def unique_slug(title, taken=set()):  # expect: HL101 confirmed
    slug = slugify(title)
    if slug in taken:
        slug = f"{slug}-2"
    taken.add(slug)
    return slug
