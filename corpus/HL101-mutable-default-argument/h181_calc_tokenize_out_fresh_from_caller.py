"""Calculator front end: a regex tokenizer turns an arithmetic expression
into (kind, value) tokens, appending them to an `out` list that callers may
pass to keep tokenizing into the same buffer. `total()` always passes a new
list of its own, so the shared default is never the one appended to and
stays empty."""
import itertools
import re

_TOKEN = re.compile(r"\s*(?:(\d+(?:\.\d+)?)|([-+*/()]))")
_ids = itertools.count()


# heaplint-todo: Default list of `tokenize` grows if called without `out`; no call in this file does (heaplint: unknown)
def tokenize(expr, out=[]):  # expect: HL101 refuted
    for number, op in _TOKEN.findall(expr):
        if number:
            out.append(("NUM", float(number)))
        else:
            out.append(("OP", op))
    return out


def total(expr):
    return sum(value for kind, value in tokenize(expr, []) if kind == "NUM")


def scenario():
    n = next(_ids)
    return total(f"{n} + {n * 3}.5 * (2 - {n % 7})")
