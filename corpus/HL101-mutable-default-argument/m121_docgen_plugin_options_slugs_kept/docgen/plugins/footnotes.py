"""Collects [^n] footnote markers into a notes section."""
from ..core import Plugin


class Footnotes(Plugin):
    def __init__(self, page):
        super().__init__(page, {"heading": "Notes"})

    def apply(self, lines):
        marks = [line for line in lines if "[^" in line]
        if not marks:
            return lines
        return lines + [f"## {self.option('heading')}", *marks]
