import re


def slugify(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def anchor_for(key, title, _memo={}):  # expect: HL101 confirmed
    """The HTML id of a heading, slugified once per key."""
    if key not in _memo:
        _memo[key] = slugify(title)
    return _memo[key]
