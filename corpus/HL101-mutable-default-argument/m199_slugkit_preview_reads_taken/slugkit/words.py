import re

_NON_WORD = re.compile(r"[^a-z0-9]+")
RESERVED = frozenset({"admin", "login", "static"})


def slugify(title):
    slug = _NON_WORD.sub("-", title.lower()).strip("-")
    return slug or "page"


def unique_slug(title, taken=set(), claim=True):  # expect: HL101 refuted
    """Return a slug for title that no earlier page has claimed."""
    base = slugify(title)
    if base in RESERVED:
        base = f"{base}-page"
    slug, suffix = base, 2
    while slug in taken:
        slug = f"{base}-{suffix}"
        suffix += 1
    if claim:
        taken.add(slug)
    return slug
