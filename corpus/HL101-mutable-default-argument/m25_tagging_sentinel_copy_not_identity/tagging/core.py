"""Auto-tagging: starts a fresh list when the caller gave none."""
from .constants import KNOWN, NO_TAGS


def auto_tag(filename, tags=list(NO_TAGS)):  # expect: HL101 confirmed
    if tags is NO_TAGS:
        tags = []
    stem = filename.rsplit(".", 1)[0]
    tags.append(stem)
    tags.extend(word for word in stem.split("_") if word in KNOWN)
    return tags[-2:]
