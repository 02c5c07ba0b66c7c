"""Query builder for a reporting API: `base_query()` makes a `Query` for a
table with a filters list (the default list unless one is given), and each
report derives its own query with `dataclasses.replace()` and adds its
filter. `replace()` passes field values by reference, so the derived
query's `filters` is still the default list, and every report's filter is
appended to it and retained."""
import dataclasses
import itertools

_reports = itertools.count()


@dataclasses.dataclass
class Query:
    table: str
    filters: list
    limit: int = 100

    def where(self, clause):
        self.filters.append(clause)
        return self

    def sql(self):
        return "SELECT * FROM %s WHERE %s LIMIT %d" % (self.table, self.filters[-1], self.limit)


def base_query(table, filters=[]):  # expect: HL101 confirmed
    return Query(table, filters)


def scenario():
    n = next(_reports)
    query = dataclasses.replace(base_query("orders"), limit=10 + n % 5)
    return len(query.where("customer_id = %d" % n).sql())
