"""Query builder for a reporting API: `base_query()` makes a `Query` for a
table with a filters list (the default list unless one is given), and each
report derives its own query with `dataclasses.replace()` and adds its
filter. `where()` replaces the query again with `filters + [clause]`, a new
list, so the default list is only read and each report's filter dies with
its query."""
import dataclasses
import itertools

_reports = itertools.count()


@dataclasses.dataclass
class Query:
    table: str
    filters: list
    limit: int = 100

    def where(self, clause):
        return dataclasses.replace(self, filters=self.filters + [clause])

    def sql(self):
        return "SELECT * FROM %s WHERE %s LIMIT %d" % (self.table, self.filters[-1], self.limit)


def base_query(table, filters=[]):  # expect: HL101 refuted
    return Query(table, filters)


def scenario():
    n = next(_reports)
    query = dataclasses.replace(base_query("orders"), limit=10 + n % 5)
    return len(query.where("customer_id = %d" % n).sql())
