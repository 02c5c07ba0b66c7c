"""Expression tokenizer: a compiled pattern's scanner().match loop drives a two-state machine; token kinds (fixed group names) are counted in a default dict."""
import itertools
import re

TOKEN = re.compile(r"(?P<NUM>\d+(?:\.\d+)?)|(?P<NAME>[a-z_]\w*)|(?P<OP>[-+*/()])|(?P<WS>\s+)")


# heaplint-todo: Pattern.scanner(...).match and Match.lastgroup are not modelled, so the kinds are undecided (heaplint: unknown)
def tokenize(src, kind_counts={}):  # expect: HL101 refuted
    state, tokens = "operand", []
    for m in iter(TOKEN.scanner(src).match, None):
        kind = m.lastgroup
        if kind == "WS":
            continue
        kind_counts[kind] = kind_counts.get(kind, 0) + 1
        if state == "operand" and kind in ("NUM", "NAME"):
            state = "operator"
        elif state == "operator" and kind == "OP":
            state = "operand"
        tokens.append((kind, m.start()))
    return tokens


_exprs = itertools.count()


def scenario():
    n = next(_exprs)
    return len(tokenize(f"rate_{n} * {n}.5 + total{n * 3}"))
