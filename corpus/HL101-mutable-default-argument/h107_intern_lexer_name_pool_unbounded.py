"""Formula lexer that interns identifiers through a default dict pool so
that equal names across parsed formulas share one string object. The pool
never forgets: every distinct identifier ever lexed, including the generated
column names of each report, stays in it."""
import itertools
import re

_reports = itertools.count()
TOKEN = re.compile(r"\s*(?:(\d+(?:\.\d*)?)|([A-Za-z_]\w*)|(\S))")


def intern_name(name, _pool={}):  # expect: HL101 confirmed
    return _pool.setdefault(name, name)


def tokenize(text):
    for number, name, op in TOKEN.findall(text):
        if number:
            yield "NUM", float(number)
        elif name:
            yield "NAME", intern_name(name)
        else:
            yield "OP", op


def names(formula):
    return sorted({value for kind, value in tokenize(formula) if kind == "NAME"}, key=len)


def scenario():
    n = next(_reports)
    return names("total_%d = price * qty + tax_rate_%d * 1.5" % (n, n))
