"""Backtracking line parser: attempt() pushes a (position, rule) mark on a
list default shared by every LineParser and pops it on success or backtrack
(LookupError); an unterminated string raises SyntaxError past both pops."""
import contextlib
import itertools

_ids = itertools.count()


class LineParser:
    def __init__(self, line, marks=[]):  # expect: HL101 confirmed
        self.words, self.pos, self.marks = line.split(), 0, marks

    @contextlib.contextmanager
    def attempt(self, rule):
        self.marks.append((self.pos, rule))
        try:
            yield
        except LookupError:
            self.pos = self.marks.pop()[0]
            raise
        self.marks.pop()

    def parse(self):
        try:
            with self.attempt("let"):
                if self.words[0] != "let" or self.words[2] != "=":
                    raise LookupError(self.words[0])
                if " ".join(self.words[3:]).count('"') % 2:
                    raise SyntaxError(f"unterminated string in {self.words[1]!r}")
                return ("let", self.words[1], self.words[3:])
        except LookupError:
            return ("cmd", self.words)
        except SyntaxError as exc:
            return ("error", str(exc))


def scenario():
    n = next(_ids)
    return [LineParser(s).parse() for s in (f"let port = {8000 + n}", "print port", f'let motd = "v{n}')]
