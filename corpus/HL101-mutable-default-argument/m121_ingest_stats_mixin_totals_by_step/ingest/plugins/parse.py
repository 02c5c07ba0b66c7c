"""Splits CSV lines into (sku, qty) pairs."""
from ..core import Plugin
from ..mixins import StatsMixin


class Step(StatsMixin, Plugin):
    name = "parse"

    def process(self, rows):
        parsed = [tuple(line.split(",")) for line in rows]
        self.bump(len(parsed))
        return [(sku, int(qty)) for sku, qty in parsed]
