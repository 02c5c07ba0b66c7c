"""Spreadsheet formulas: cells compiled to reverse Polish notation are
evaluated on an operand stack of Decimals. The final value is read with
stack[-1] and left on the default stack, one value per evaluated cell."""
import decimal
import itertools
import operator

_cells = itertools.count()
OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}


def evaluate(tokens, stack=[]):  # expect: HL101 confirmed
    for token in tokens:
        if token in OPS:
            right = stack.pop()
            left = stack.pop()
            stack.append(OPS[token](left, right))
        else:
            stack.append(decimal.Decimal(token))
    return stack[-1]


def recalc(row):
    return evaluate([str(row), "2", "*", str(row + 1), "+"])


def scenario():
    return recalc(next(_cells))
