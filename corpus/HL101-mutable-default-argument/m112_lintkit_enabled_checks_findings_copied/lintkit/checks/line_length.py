from ..base import BaseCheck


class Check(BaseCheck):
    code = "E501"

    def visit(self, lineno, line):
        if len(line) > 79:
            self.report(lineno, f"line too long ({len(line)} > 79)")
