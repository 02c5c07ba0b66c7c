"""Generator tokenizer for arithmetic expressions that keeps the tokens it
has produced in a deque(maxlen=4) default so an error can quote the text
before the bad character. Valid input appends every token, but the deque
drops the oldest one past four, so it never holds more than that."""
import collections
import itertools
import re

_ids = itertools.count()
_TOKEN = re.compile(r"(?P<NUM>\d+)|(?P<NAME>[A-Za-z_]\w*)|(?P<OP>[-+*/()])|(?P<WS>\s+)|(?P<BAD>.)")


def tokens(src, recent=collections.deque(maxlen=4)):  # expect: HL101 refuted
    for m in _TOKEN.finditer(src):
        kind, text = m.lastgroup, m.group()
        if kind == "WS":
            continue
        if kind == "BAD":
            context = " ".join(recent)
            recent.clear()
            raise SyntaxError(f"unexpected {text!r} after {context!r}")
        recent.append(text)
        yield kind, text


def free_names(expression):
    return sorted({text for kind, text in tokens(expression) if kind == "NAME"})


def scenario():
    n = next(_ids)
    return free_names(f"price_{n} * qty + {n} / (tax - 1)")
