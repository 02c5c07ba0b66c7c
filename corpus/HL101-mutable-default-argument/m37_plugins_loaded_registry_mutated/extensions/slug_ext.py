import re
import unicodedata

_NON_WORD = re.compile(r"[^\w<>/]+")


def collapse_whitespace(text):
    normalized = unicodedata.normalize("NFKC", text)
    return _NON_WORD.sub(" ", normalized).strip()


def setup():
    return {"collapse_whitespace": collapse_whitespace}
