class CalcSyntaxError(SyntaxError):
    """A statement that does not follow the grammar: let NAME = operand (op operand)*."""
