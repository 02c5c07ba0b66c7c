"""Built-in token rules: numbers, operators, identifiers, reserved words."""
from .grammar import keyword, rule


@rule(r"\d+\.\d+")
def real(text):
    return float(text)


@rule(r"\d+")
def integer(text):
    return int(text)


@rule(r"[-+*/()=]")
def op(text):
    return text


@rule(r"[A-Za-z_]\w*")
def name(text):
    return text


for _word in ("let", "in", "if", "else"):
    keyword(_word)
