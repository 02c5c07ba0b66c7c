"""Small helpers shared by the catalogue and pricing code."""
import re

_NON_WORD = re.compile(r"[^a-z0-9]+")


def slugify(text):
    return _NON_WORD.sub("-", text.lower()).strip("-")


def merge_tags(tags, extra):
    """Search tags of a product: the caller's tags plus the generated ones."""
    return tags | set(extra)
