from ..base import BaseCheck


class Check(BaseCheck):
    code = "W291"

    def visit(self, lineno, line):
        if line != line.rstrip():
            self.report(lineno, f"trailing whitespace in {line.split()[0]!r}")
