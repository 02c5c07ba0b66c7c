"""Token kinds, with a memo of the lexemes classified so far."""
__all__ = ["KEYWORDS", "OPERATORS", "classify"]

KEYWORDS = frozenset({"let", "print"})
OPERATORS = {"+": "PLUS", "-": "MINUS", "*": "STAR", "=": "ASSIGN"}


def classify(lexeme, _memo={}):  # expect: HL101 confirmed
    kind = _memo.get(lexeme)
    if kind is None:
        if lexeme in KEYWORDS:
            kind = lexeme.upper()
        elif lexeme in OPERATORS:
            kind = OPERATORS[lexeme]
        elif lexeme.isdigit():
            kind = "NUMBER"
        elif lexeme.isidentifier():
            kind = "NAME"
        else:
            kind = "ERROR"
        _memo[lexeme] = kind
    return kind
