"""textproc: tokenize and parse a tiny statement language, one line at a time."""
from .tokenizer import *
from .lineparser import Statement, parse

__all__ = ["kind_of", "tokenize", "Statement", "parse"]
