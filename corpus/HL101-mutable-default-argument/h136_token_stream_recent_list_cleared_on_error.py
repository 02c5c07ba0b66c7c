"""Generator tokenizer for arithmetic expressions that keeps the tokens it
has produced in a list default so an error can quote the text before the
bad character. The list is only emptied on that error path; valid input,
the common case, appends every token of every expression to it."""
import itertools
import re

_ids = itertools.count()
_TOKEN = re.compile(r"(?P<NUM>\d+)|(?P<NAME>[A-Za-z_]\w*)|(?P<OP>[-+*/()])|(?P<WS>\s+)|(?P<BAD>.)")


# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the tests at lines 15, 17, 26 (heaplint: unknown)
def tokens(src, recent=[]):  # expect: HL101 confirmed
    for m in _TOKEN.finditer(src):
        kind, text = m.lastgroup, m.group()
        if kind == "WS":
            continue
        if kind == "BAD":
            context = " ".join(recent[-4:])
            recent.clear()
            raise SyntaxError(f"unexpected {text!r} after {context!r}")
        recent.append(text)
        yield kind, text


def free_names(expression):
    return sorted({text for kind, text in tokens(expression) if kind == "NAME"})


def scenario():
    n = next(_ids)
    return free_names(f"price_{n} * qty + {n} / (tax - 1)")
