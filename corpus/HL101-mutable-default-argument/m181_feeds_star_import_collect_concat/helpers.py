"""Feed-building helpers; scripts use them via `from helpers import *`."""
from formatting import entry_xml, slugify

__all__ = ["collect", "render_feed", "slugify"]


def collect(item, bag=[]):  # expect: HL101 refuted
    """Add `item` to the batch being built; returns the batch."""
    bag = bag + [item]
    return bag


def render_feed(title, entries):
    body = "\n".join(entry_xml(entry) for entry in entries)
    return f'<feed title="{title}">\n{body}\n</feed>'
