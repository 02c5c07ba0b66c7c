"""Symbolic simplifier for expression trees written as nested tuples
("+", a, b) / ("*", a, b) over numbers and symbol names. Results are
cached in a default dict keyed by the whole subtree, and subtrees carry
the caller's numeric constants, so every new expression is a new key."""
import itertools

_exprs = itertools.count(1)


def simplify(expr, _cache={}):  # expect: HL101 confirmed
    if not isinstance(expr, tuple):
        return expr
    if expr in _cache:
        return _cache[expr]
    op, a, b = expr[0], simplify(expr[1]), simplify(expr[2])
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        result = a + b if op == "+" else a * b
    elif op == "*" and 0 in (a, b):
        result = 0
    elif (op == "*" and a == 1) or (op == "+" and a == 0):
        result = b
    elif (op == "*" and b == 1) or (op == "+" and b == 0):
        result = a
    else:
        result = (op, a, b)
    _cache[expr] = result
    return result


def scenario():
    n = next(_exprs)
    expr = ("+", ("*", ("+", n, 2), "x"), ("*", ("*", 0, "y"), ("+", "z", n % 3)))
    return simplify(expr)
