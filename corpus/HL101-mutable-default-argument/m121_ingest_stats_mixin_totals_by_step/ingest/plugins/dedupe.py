"""Drops repeated rows, keeping the first."""
from ..core import Plugin
from ..mixins import StatsMixin


class Step(StatsMixin, Plugin):
    name = "dedupe"

    def process(self, rows):
        kept = list(dict.fromkeys(rows))
        self.bump(len(rows) - len(kept))
        return kept
