"""Creates the page plugins for one page and applies them in order."""
from .plugins.footnotes import Footnotes
from .plugins.toc import TableOfContents

PLUGINS = (TableOfContents, Footnotes)


def render(page, body):
    lines = list(body)
    for cls in PLUGINS:
        lines = cls(page).apply(lines)
    return f"{page}: {len(lines)} lines"
