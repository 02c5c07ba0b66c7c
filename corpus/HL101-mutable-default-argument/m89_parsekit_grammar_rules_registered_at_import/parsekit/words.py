"""Identifiers and the language's reserved words."""
from . import grammar


@grammar.rule(r"[A-Za-z_]\w*")
def name(text):
    return text


for _word in ("let", "in", "if", "else"):
    grammar.keyword(_word)
