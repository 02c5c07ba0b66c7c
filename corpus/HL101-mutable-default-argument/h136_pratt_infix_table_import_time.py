"""Pratt expression parser with a binding-power table in the dict default
of infix(), filled with the built-in operators by a loop at import time.
A file's `%infix op power` lines go into a copy made for that file."""
import itertools

_ids = itertools.count()


def infix(op, power, table={}):  # expect: HL101 refuted
    table[op] = power
    return table


for _op, _power in (("+", 10), ("-", 10), ("*", 20), ("/", 20), ("**", 30)):
    BUILTINS = infix(_op, _power)


def parse(src):
    table, lines = dict(BUILTINS), src.splitlines()
    while lines and lines[0].startswith("%infix "):
        _, op, power = lines.pop(0).split()
        infix(op, int(power), table)
    toks, pos = " ".join(lines).split(), 0

    def expr(min_power):
        nonlocal pos
        lhs, pos = toks[pos], pos + 1
        if lhs in table:
            known = ", ".join(sorted(table, key=table.get))
            raise SyntaxError(f"operator {lhs!r} needs a left operand (operators: {known})")
        while pos < len(toks) and table.get(toks[pos], -1) > min_power:
            op, pos = toks[pos], pos + 1
            lhs = (op, lhs, expr(table[op]))
        return lhs
    return expr(0)


def scenario():
    n = next(_ids)
    return parse(f"%infix join_{n} 5\na{n} + 1 join_{n} b * 2")
