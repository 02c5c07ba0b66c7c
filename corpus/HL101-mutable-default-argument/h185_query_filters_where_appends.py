"""Tiny SQL builder: a `Query` keeps its WHERE clauses in the list passed as
`filters`, exposes them as a tuple through a property, and `__repr__`
renders the statement. `where()` appends the clause to the stored list and
returns self for chaining, so queries started without filters all append
to the one default list, which keeps every clause ever built."""
import itertools

_lookups = itertools.count()


class Query:
    def __init__(self, table, filters=[]):  # expect: HL101 confirmed
        self.table = table
        self._filters = filters

    @property
    def filters(self):
        return tuple(self._filters)

    def where(self, clause):
        self._filters.append(clause)
        return self

    def __repr__(self):
        return f"SELECT * FROM {self.table} WHERE {' AND '.join(self._filters) or '1=1'}"


def find_order(order_id):
    return repr(Query("orders").where(f"orders.id = {order_id} AND orders.deleted_at IS NULL"))


def scenario():
    return find_order(next(_lookups))
