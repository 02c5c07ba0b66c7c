"""Creates the plugins for one page and runs them in order."""
from .plugins import Anchors, Paragraphs

PIPELINE = (Anchors, Paragraphs)


def build(page):
    lines = list(page["lines"])
    for cls in PIPELINE:
        lines = cls(page["slug"]).run(lines)
    return lines
