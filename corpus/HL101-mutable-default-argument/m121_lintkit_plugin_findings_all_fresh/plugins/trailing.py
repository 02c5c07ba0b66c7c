"""W291: trailing whitespace."""
from core import Plugin


class TrailingWhitespace(Plugin):
    code = "W291"

    def __init__(self):
        super().__init__("trailing-whitespace", [])

    def check(self, lineno, line):
        if line != line.rstrip():
            self.report(lineno, f"{len(line) - len(line.rstrip())} trailing blanks")
