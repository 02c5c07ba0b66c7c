"""Atom-ish XML formatting for feed entries."""
import re
from xml.sax.saxutils import escape


def slugify(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def entry_xml(entry):
    title = escape(entry["title"])
    author = escape(entry.get("author", "anonymous"))
    slug = slugify(entry["title"])
    return f'<entry id="{slug}"><title>{title}</title><author>{author}</author></entry>'
