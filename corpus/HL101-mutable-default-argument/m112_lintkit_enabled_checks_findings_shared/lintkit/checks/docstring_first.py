"""Check plugin not listed in ENABLED: the hook never imports it."""
from ..base import BaseCheck


class Check(BaseCheck):
    code = "D100"

    def visit(self, lineno, line):
        if lineno == 1 and not line.startswith(("'", '"')):
            self.report(lineno, "missing module docstring")
