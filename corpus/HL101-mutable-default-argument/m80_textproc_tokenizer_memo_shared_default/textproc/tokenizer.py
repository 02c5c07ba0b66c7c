"""Tokenizer: split one source line into (kind, text) pairs."""
import re

__all__ = ["kind_of", "tokenize"]

_TOKEN = re.compile(r"\d+|\w+|==|[^\w\s]")


def kind_of(word, reserved={"let", "if", "else", "print", "return"}):  # expect: HL101 refuted
    if word in reserved:
        return "kw"
    if word.isdigit():
        return "num"
    return "name" if word.isidentifier() else "op"


def tokenize(line, memo={}):  # expect: HL101 confirmed
    """Tokens of `line`. Sources repeat lines a lot, so results are memoized."""
    tokens = memo.get(line)
    if tokens is None:
        tokens = memo[line] = [(kind_of(w), w) for w in _TOKEN.findall(line)]
    return tokens
