"""Text helpers. The 1.x names survive as deprecated shims over the 2.x functions."""
import re

from deprecation import deprecated


def slugify(title):
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")


def truncate(text, width):
    return text if len(text) <= width else text[: width - 1].rstrip() + "..."


@deprecated("slugify")
def make_slug(title):
    return slugify(title)


@deprecated("truncate")
def shorten(text, width=40):
    return truncate(text, width)
