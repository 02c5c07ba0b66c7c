"""parsekit: formulas are whitespace-separated words, classified by the registered rules."""
from . import grammar, lexicon  # noqa: F401  (lexicon registers the built-in rules)
from .memo import memoize

__all__ = ["classify", "parse"]


@memoize
def classify(word):
    for kind, (pattern, action) in grammar.rules().items():
        if pattern.fullmatch(word):
            return kind, action(word)
    raise SyntaxError(f"unknown token {word!r}")


def parse(text):
    """Classified words of one formula; the memo only lives for this formula."""
    try:
        return [classify(word) for word in text.split()]
    finally:
        classify.cache_clear()
