"""SQL helper: a fluent QueryBuilder stores its default filter list on self
and where() appends to it and returns self for chaining. Every builder made
without explicit filters shares the one default list, so each query's
conditions pile up in it."""
import itertools


class QueryBuilder:
    def __init__(self, table, filters=[]):  # expect: HL101 confirmed
        self.table = table
        self.filters = filters

    def where(self, condition):
        self.filters.append(condition)
        return self

    def sql(self):
        clause = " AND ".join(self.filters) or "1=1"
        return f"SELECT * FROM {self.table} WHERE {clause}"


_ids = itertools.count()


def scenario():
    n = next(_ids)
    q = QueryBuilder("orders").where(f"customer_id = {n}").where(f"created > '2024-01-{n % 28 + 1:02d}'")
    return len(q.sql())
