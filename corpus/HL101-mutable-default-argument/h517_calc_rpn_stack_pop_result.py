"""Spreadsheet formulas: cells compiled to reverse Polish notation are
evaluated on an operand stack of Decimals. Each operator pops two operands
and pushes one, and the final value is popped, so a well-formed formula
leaves the default stack empty."""
import decimal
import itertools
import operator

_cells = itertools.count()
OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}


def evaluate(tokens, stack=[]):  # expect: HL101 refuted
    for token in tokens:
        if token in OPS:
            right = stack.pop()
            left = stack.pop()
            stack.append(OPS[token](left, right))
        else:
            stack.append(decimal.Decimal(token))
    return stack.pop()


def recalc(row):
    return evaluate([str(row), "2", "*", str(row + 1), "+"])


def scenario():
    return recalc(next(_cells))
