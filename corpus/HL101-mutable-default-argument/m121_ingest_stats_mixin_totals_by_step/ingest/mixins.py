"""StatsMixin: running per-key totals for pipeline steps.

Steps call bump() without a table, so all of them add into the default dict.
The key is the step name only, one of the fixed PIPELINE names, so the dict
keeps two entries whose totals are updated in place.
"""


class StatsMixin:
    def stats_key(self):
        return self.name

    def bump(self, amount, totals={}):  # expect: HL101 refuted
        key = self.stats_key()
        totals[key] = totals.get(key, 0) + amount
        return totals[key]
