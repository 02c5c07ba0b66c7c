"""Built-in rules: numbers, operators and identifiers."""
from .grammar import rule


@rule(r"\d+(\.\d+)?")
def number(text):
    return float(text) if "." in text else int(text)


@rule(r"[-+*/()=<>]")
def op(text):
    return text


@rule(r"[A-Za-z_]\w*")
def name(text):
    return text
