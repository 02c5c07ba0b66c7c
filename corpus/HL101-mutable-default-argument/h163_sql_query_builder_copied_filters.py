"""Small SQL query builder: QueryBuilder collects WHERE clauses through a
fluent where() that returns self, and build() renders the statement. The
filters default is a shared list, but __init__ stores list(filters), a
copy, so each builder appends its clauses to its own list only."""
import itertools

_ids = itertools.count()


class QueryBuilder:
    def __init__(self, table, filters=[]):  # expect: HL101 refuted
        self.table = table
        self.filters = list(filters)

    def where(self, clause):
        self.filters.append(clause)
        return self

    def build(self):
        sql = f"SELECT * FROM {self.table}"
        if self.filters:
            sql += " WHERE " + " AND ".join(self.filters)
        return sql


def scenario():
    n = next(_ids)
    query = QueryBuilder("orders").where(f"customer_id = {n}").where("status = 'open'")
    return len(query.build())
