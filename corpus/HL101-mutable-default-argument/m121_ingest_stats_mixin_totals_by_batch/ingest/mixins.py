"""StatsMixin: running per-key totals for pipeline steps.

Steps call bump() without a table, so all of them add into the default dict.
The key includes the batch id, new for every upload, so each batch leaves two
entries that nothing removes.
"""


class StatsMixin:
    def stats_key(self):
        return f"{self.name}:{self.batch_id}"

    def bump(self, amount, totals={}):  # expect: HL101 confirmed
        key = self.stats_key()
        totals[key] = totals.get(key, 0) + amount
        return totals[key]
