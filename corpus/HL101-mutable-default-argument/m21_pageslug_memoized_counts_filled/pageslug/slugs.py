"""Turns titles into URL slugs, numbering repeats."""
import re

from .caching import memoize


@memoize
def slugify(title, taken={}):  # expect: HL101 confirmed
    base = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    count = taken.get(base, 0)
    taken[base] = count + 1
    return f"{base}-{count}" if count else base
