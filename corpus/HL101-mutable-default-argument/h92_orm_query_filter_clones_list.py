"""ORM query builder: Query.filter()/only() return a new Query with copied filters; a new Query starts from the default filter list."""
import itertools


class Query:
    def __init__(self, table, filters=[], columns=("*",)):  # expect: HL101 refuted
        self.table = table
        self.filters = filters
        self.columns = columns

    def filter(self, **conditions):
        return Query(self.table, [*self.filters, *sorted(conditions.items())], self.columns)

    def only(self, *columns):
        return Query(self.table, self.filters, columns)

    @property
    def sql(self):
        where = " AND ".join(f"{column} = %s" for column, _ in self.filters)
        return f"SELECT {', '.join(self.columns)} FROM {self.table}" + (f" WHERE {where}" if where else "")

    @property
    def params(self):
        return [value for _, value in self.filters]


_customers = itertools.count()


def scenario():
    n = next(_customers)
    query = Query("orders").filter(customer_id=n, status="open").only("id", "total", "created_at")
    return query.sql, query.params
