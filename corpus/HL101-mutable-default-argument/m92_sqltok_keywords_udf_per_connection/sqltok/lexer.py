"""Lexer: split SQL into (kind, text) tokens, classifying words with the keyword table."""
import re

__all__ = ["KEYWORDS", "register_keywords", "tokenize"]

_TOKEN = re.compile(r"\s*(?:(\d+)|(\w+)|('[^']*')|(\S))")


def register_keywords(words, kind="KEYWORD", table={"null": "LITERAL", "true": "LITERAL"}):  # expect: HL101 confirmed
    for word in words:
        table[word.lower()] = kind
    return table


KEYWORDS = register_keywords(["select", "from", "where", "and", "or", "as", "order", "by"])
register_keywords(["count", "sum", "min", "max"], kind="FUNC")


def tokenize(sql):
    tokens = []
    for number, word, string, op in _TOKEN.findall(sql):
        if number:
            tokens.append(("NUMBER", number))
        elif word:
            tokens.append((KEYWORDS.get(word.lower(), "NAME"), word))
        elif string:
            tokens.append(("STRING", string))
        else:
            tokens.append(("OP", op))
    return tokens
