"""Calculator front end: a regex tokenizer turns an arithmetic expression
into (kind, value) tokens, appending them to an `out` list that callers may
pass to keep tokenizing into the same buffer. `total()` relies on the
default, so every expression's tokens pile up in the one shared list and
each result also sums the numbers of all earlier expressions."""
import itertools
import re

_TOKEN = re.compile(r"\s*(?:(\d+(?:\.\d+)?)|([-+*/()]))")
_ids = itertools.count()


def tokenize(expr, out=[]):  # expect: HL101 confirmed
    for number, op in _TOKEN.findall(expr):
        if number:
            out.append(("NUM", float(number)))
        else:
            out.append(("OP", op))
    return out


def total(expr):
    return sum(value for kind, value in tokenize(expr) if kind == "NUM")


def scenario():
    n = next(_ids)
    return total(f"{n} + {n * 3}.5 * (2 - {n % 7})")
