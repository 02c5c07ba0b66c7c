"""aggregator: totals for one uploaded chunk of log lines."""
from collections import Counter

from . import parser, records


class Aggregator:
    def __init__(self, source):
        self.source = source
        self.hits = []

    def feed(self, lines, parse=parser.parse_lines):
        # keep every fed chunk's hits together in this aggregator's own list
        parse(lines, self.hits)
        return self

    def summary(self, rules=records):
        statuses = Counter(hit.status for hit in self.hits)
        errors = sum(1 for hit in self.hits if rules.is_error(hit))
        return {"source": self.source, "statuses": statuses, "errors": errors}
