"""Symbolic simplifier for nested-tuple expression trees ("+", a, b) / ("*", a, b).
The rewrite rule for a node is chosen once per (operator, operand kinds) and
cached in a default dict; with five kinds, the cache stays small."""
import itertools

_exprs = itertools.count(1)


def kind(v):
    return type(v).__name__ if isinstance(v, (tuple, str)) else {0: "zero", 1: "one"}.get(v, "num")


def rule_for(op, ka, kb, _cache={}):  # expect: HL101 refuted
    key = (op, ka, kb)
    if key not in _cache:
        if "tuple" not in key and "str" not in key:
            rule = (lambda a, b: a + b) if op == "+" else (lambda a, b: a * b)
        elif op == "*" and "zero" in key:
            rule = lambda a, b: 0
        elif (op, ka) in (("*", "one"), ("+", "zero")):
            rule = lambda a, b: b
        elif (op, kb) in (("*", "one"), ("+", "zero")):
            rule = lambda a, b: a
        else:
            rule = lambda a, b: (op, a, b)
        _cache[key] = rule
    return _cache[key]


def simplify(expr):
    if not isinstance(expr, tuple):
        return expr
    op, a, b = expr[0], simplify(expr[1]), simplify(expr[2])
    return rule_for(op, kind(a), kind(b))(a, b)


def scenario():
    n = next(_exprs)
    expr = ("+", ("*", ("+", n, 2), "x"), ("*", ("*", 0, "y"), ("+", "z", n % 3)))
    return simplify(expr)
