"""parsekit: a small expression tokenizer; importing it loads the built-in rules."""
from . import grammar, lexicon  # noqa: F401  (lexicon registers its rules on import)
from .documents import DocumentParser
from .parser import Parser, tokenize

__all__ = ["DocumentParser", "Parser", "grammar", "tokenize"]
