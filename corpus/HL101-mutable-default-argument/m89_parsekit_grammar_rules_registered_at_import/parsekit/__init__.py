"""parsekit: a small expression tokenizer; importing it loads the built-in rule modules."""
from . import grammar
from . import numbers, words  # noqa: F401  (each registers its rules on import)
from .parser import Parser, tokenize

__all__ = ["grammar", "Parser", "tokenize"]
