"""Reverse-Polish calculator for a pricing rules engine; the stack ends every call empty."""
import itertools
import operator

_OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul}


def evaluate(expression, stack=[]):  # expect: HL101 refuted
    for token in expression.split():
        if token in _OPS:
            right, left = stack.pop(), stack.pop()
            stack.append(_OPS[token](left, right))
        else:
            stack.append(int(token))
    return stack.pop()


_quotes = itertools.count()


def scenario():
    n = next(_quotes)
    evaluate(f"{n} 3 * {n + 7} +")
