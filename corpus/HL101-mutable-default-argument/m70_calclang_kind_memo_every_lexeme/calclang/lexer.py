"""Lexer: split a statement into (kind, text) pairs."""
import re

from .kinds import *

LEXEME = re.compile(r"\s*(?:(\d+)|([A-Za-z_]\w*)|(\S))")


def tokens(line):
    for number, word, other in LEXEME.findall(line):
        lexeme = number or word or other
        yield classify(lexeme), lexeme
