"""Search indexing: tokens seen so far are remembered with dict.fromkeys merged into a default dict."""
import itertools
import re

_WORD = re.compile(r"[a-z0-9]+")


def new_tokens(text, known={}):  # expect: HL101 confirmed
    tokens = _WORD.findall(text.lower())
    fresh = [t for t in tokens if t not in known]
    known.update(dict.fromkeys(tokens, True))
    return fresh


_pages = itertools.count()


def scenario():
    n = next(_pages)
    return new_tokens(f"Order #{n} shipped to warehouse W{n % 3}")
