"""Small SQL query builder: QueryBuilder collects WHERE clauses through a
fluent where() that returns self, and build() renders the statement. The
filters list defaults to a shared list that __init__ stores as is, so
every builder made without filters appends its clauses to that one list."""
import itertools

_ids = itertools.count()


class QueryBuilder:
    def __init__(self, table, filters=[]):  # expect: HL101 confirmed
        self.table = table
        self.filters = filters

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
