"""Text helpers."""
import re

_NON_WORD = re.compile(r"[^a-z0-9]+")


def slugify(text):
    return _NON_WORD.sub("-", text.lower()).strip("-")


def first_words(text, count):
    return " ".join(text.split()[:count])
