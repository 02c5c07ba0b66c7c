"""Line-level filters."""
from .readers import dedupe


def unique_lines(text, skip=set()):  # expect: HL101 confirmed
    if not text and not skip:
        return iter(())
    return dedupe(text.splitlines(), skip)
