"""Plugin base: a lint plugin collects its findings in the list it was given.

TrailingWhitespace leaves the list out of its super().__init__ call, so every
instance of it appends to this one default list, and each request adds one
finding that is never dropped.
"""

__all__ = ["Plugin"]


class Plugin:
    code = "X000"

    def __init__(self, name, findings=[]):  # expect: HL101 confirmed
        self.name = name
        self.findings = findings

    def report(self, lineno, message):
        self.findings.append((self.code, lineno, message))

    def check(self, lineno, line):
        raise NotImplementedError

    def run(self, lines):
        for lineno, line in enumerate(lines, 1):
            self.check(lineno, line)
        return self.findings
