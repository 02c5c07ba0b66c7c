"""Backtracking scanner for unit expressions: mark() pushes the position before a speculative match; a failed match rewinds by popping it, but a successful number returns early and leaves its mark on the default stack."""
import itertools
import re

_DIGITS, _NAME, _SEP = re.compile(r"\d+"), re.compile(r"[A-Za-z_]\w*"), re.compile(r"\s*[*/]?\s*")


class Scanner:
    def __init__(self, text, marks=[]):  # expect: HL101 confirmed
        self.text, self.pos, self._marks = text, 0, marks

    def mark(self):
        self._marks.append((self.pos, self.text))

    def match(self, pattern):
        m = pattern.match(self.text, self.pos)
        if m and m.group():
            self.pos = m.end()
            return m.group()


def atom(sc):
    sc.mark()
    digits = sc.match(_DIGITS)
    if digits and not sc.match(_NAME):
        return int(digits)
    sc.pos = sc._marks.pop()[0]
    return sc.match(_NAME)


_exprs = itertools.count()


def scenario():
    sc, atoms = Scanner(f"{next(_exprs)} kg * m / 2s"), []
    while (a := atom(sc)) is not None:
        atoms.append(a)
        sc.match(_SEP)
    return atoms
