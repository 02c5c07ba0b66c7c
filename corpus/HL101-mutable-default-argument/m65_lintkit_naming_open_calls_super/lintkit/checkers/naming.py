import re

from ..checker import BaseChecker

ASSIGNED = re.compile(r"^\s*([A-Za-z_]\w*)\s*\+?=")


class NamingChecker(BaseChecker):
    name = "naming"
    msgs = {"C0103": "invalid name %r"}

    def __init__(self, linter, style=r"[a-z_][a-z0-9_]*"):
        super().__init__(linter)
        self.style = re.compile(style)

    def open(self, filename):
        super().open(filename)
        self.assigned = {}

    def process_line(self, lineno, line):
        match = ASSIGNED.match(line)
        if match is None:
            return
        name = match.group(1)
        self.assigned.setdefault(name, lineno)
        if not self.style.fullmatch(name):
            self.add_message("C0103", lineno, name)
