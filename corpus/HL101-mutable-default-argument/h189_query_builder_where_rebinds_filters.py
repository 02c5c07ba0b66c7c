"""SQL helper: a fluent QueryBuilder stores its default filter list on self
and where() returns self for chaining, but where() rebinds self.filters to a
new concatenated list instead of appending, so the shared default list is
never modified."""
import itertools


class QueryBuilder:
    def __init__(self, table, filters=[]):  # expect: HL101 refuted
        self.table = table
        self.filters = filters

    def where(self, condition):
        self.filters = self.filters + [condition]
        return self

    def sql(self):
        clause = " AND ".join(self.filters) or "1=1"
        return f"SELECT * FROM {self.table} WHERE {clause}"


_ids = itertools.count()


def scenario():
    n = next(_ids)
    q = QueryBuilder("orders").where(f"customer_id = {n}").where(f"created > '2024-01-{n % 28 + 1:02d}'")
    return len(q.sql())
