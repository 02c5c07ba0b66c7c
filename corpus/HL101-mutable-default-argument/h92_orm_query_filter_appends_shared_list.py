"""ORM query builder: Query.filter()/only() chain on the same Query object; a new Query starts from the default filter list."""
import itertools


class Query:
    def __init__(self, table, filters=[], columns=("*",)):  # expect: HL101 confirmed
        self.table = table
        self.filters = filters
        self.columns = columns

    def filter(self, **conditions):
        self.filters.extend(sorted(conditions.items()))
        return self

    def only(self, *columns):
        self.columns = columns
        return self

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
