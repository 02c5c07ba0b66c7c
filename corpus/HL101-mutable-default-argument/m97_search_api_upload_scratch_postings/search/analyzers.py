"""Analyzers: turn raw text into index terms."""
import re

__all__ = ["tokenize"]

_WORD = re.compile(r"[a-z0-9]+")
STOP_WORDS = frozenset({"a", "an", "and", "for", "of", "the", "to", "with"})


def tokenize(text):
    return [word for word in _WORD.findall(text.lower()) if word not in STOP_WORDS]
