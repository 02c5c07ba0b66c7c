import functools


class Report:
    """Sums line amounts per product category (a fixed, small set);
    the totals dict is filled once per report (cached_property)."""

    group_key = None

    def __init__(self, lines, totals={}):  # expect: HL101 refuted
        self.lines = lines
        self._totals = totals

    @functools.cached_property
    def totals(self):
        for line in self.lines:
            key = self.group_key(line)
            self._totals[key] = self._totals.get(key, 0) + line["amount"]
        return self._totals
