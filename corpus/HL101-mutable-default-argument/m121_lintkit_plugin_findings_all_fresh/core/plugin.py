"""Plugin base: a lint plugin collects its findings in the list it was given.

Every plugin in plugins/ passes a fresh list to super().__init__, so the
default list is never bound to an instance and stays empty.
"""

__all__ = ["Plugin"]


class Plugin:
    code = "X000"

    def __init__(self, name, findings=[]):  # expect: HL101 refuted
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
