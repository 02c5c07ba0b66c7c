"""Tiny SQL builder: a `Query` keeps its WHERE clauses in the list passed as
`filters`, exposes them as a tuple through a property, and `__repr__`
renders the statement. `where()` is immutable-style: it returns a new Query
built from `self._filters + [clause]`, a new list, so the default list is
only read and stays empty."""
import itertools

_lookups = itertools.count()


class Query:
    def __init__(self, table, filters=[]):  # expect: HL101 refuted
        self.table = table
        self._filters = filters

    @property
    def filters(self):
        return tuple(self._filters)

    def where(self, clause):
        return Query(self.table, self._filters + [clause])

    def __repr__(self):
        return f"SELECT * FROM {self.table} WHERE {' AND '.join(self._filters) or '1=1'}"


def find_order(order_id):
    return repr(Query("orders").where(f"orders.id = {order_id} AND orders.deleted_at IS NULL"))


def scenario():
    return find_order(next(_lookups))
