"""Collect the free symbols of an expression string, in the style of sympy's helpers."""
import itertools
import re

_NAME = re.compile(r"\b[a-zA-Z]\w*\b")
_FUNCTIONS = frozenset({"sin", "cos", "exp", "log", "sqrt"})


def iterable(i, exclude=(str, bytes, dict)):
    if isinstance(i, exclude):
        return False
    try:
        iter(i)
    except TypeError:
        return False
    return True


def free_symbols(expr, symbols=[]):  # expect: HL101 confirmed
    if not iterable(symbols):
        symbols = [symbols]
    for name in _NAME.findall(expr):
        if name not in _FUNCTIONS and name not in symbols:
            symbols.append(name)
    return sorted(symbols, key=str)


_exprs = itertools.count()


def scenario():
    n = next(_exprs)
    return free_symbols(f"3*x_{n}**2 + sin(y_{n})*z - {n}")
