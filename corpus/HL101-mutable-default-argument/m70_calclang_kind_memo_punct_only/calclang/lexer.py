"""Lexer: split a statement into (kind, text) pairs."""
import re

from .kinds import *

LEXEME = re.compile(r"\s*(?:(\d+)|([A-Za-z_]\w*)|(\S))")


def tokens(line):
    for number, word, other in LEXEME.findall(line):
        if number:
            yield "NUMBER", number
        elif word:
            yield (word.upper() if word in KEYWORDS else "NAME"), word
        else:
            yield classify(other), other
