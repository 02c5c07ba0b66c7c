"""Expression tokenizer for a config DSL: token spans are recorded in a
default list so parse errors can point at a column, and the list is cleared
after the loop. A trailing `#` comment leaves the loop with `break`, so the
clearing still runs and the list never outlives one line."""
import itertools
import re

TOKEN = re.compile(r"\s*(?:(?P<num>\d+(?:\.\d*)?)|(?P<name>[A-Za-z_]\w*)|(?P<comment>#.*)|(?P<op>\S))")


def tokens(line, _spans=[]):  # expect: HL101 refuted
    pos = 0
    while pos < len(line):
        match = TOKEN.match(line, pos)
        if match is None:
            break
        kind = match.lastgroup
        if kind == "comment":
            break
        _spans.append((match.start(kind), match.end()))
        yield kind, match.group(kind)
        pos = match.end()
    _spans.clear()


def parse_assignment(line):
    toks = list(tokens(line))
    if len(toks) < 3 or toks[1] != ("op", "="):
        raise SyntaxError("expected NAME = VALUE in %r" % line)
    return toks[0][1], " ".join(text for _, text in toks[2:])


_seq = itertools.count()


def scenario():
    n = next(_seq)
    return parse_assignment("rate_%d = %d.5 * burst  # per second" % (n, n))
