"""Chainable queries: every ``filter`` returns a clone, so a base query can be
reused. Clones are made with ``copy.copy`` and get a new filter list."""
import copy


class Query:
    def __init__(self, table, filters=[]):  # expect: HL101 refuted
        self.table = table
        self.filters = filters

    def filter(self, **lookups):
        clone = copy.copy(self)
        clone.filters = self.filters + sorted(lookups.items())
        return clone

    def sql(self):
        where = " AND ".join("%s = %r" % (col, value) for col, value in self.filters)
        return "SELECT * FROM %s%s" % (self.table, " WHERE " + where if where else "")
