"""E501: line too long."""
from core import Plugin


class LongLine(Plugin):
    code = "E501"

    def __init__(self, limit=79):
        super().__init__("line-too-long", [])
        self.limit = limit

    def check(self, lineno, line):
        if len(line) > self.limit:
            self.report(lineno, f"{len(line)} > {self.limit} characters")
