"""Tiny query builder: Query objects compare and hash by table and filter
clauses, so equal queries share one slot in the result cache, and __repr__
shows the clauses in debug logs. where() refines a query fluently."""
import itertools

_users = itertools.count()


class Query:
    def __init__(self, table, clauses=[]):  # expect: HL101 confirmed
        self.table = table
        self.clauses = clauses

    def where(self, clause):
        self.clauses.append(clause)
        return self

    def __repr__(self):
        return f"Query({self.table!r}, {self.clauses!r})"

    def __eq__(self, other):
        if not isinstance(other, Query):
            return NotImplemented
        return (self.table, self.clauses) == (other.table, other.clauses)

    def __hash__(self):
        return hash((self.table, tuple(self.clauses)))


def scenario():
    n = next(_users)
    query = Query("users").where(f"id = {n}")
    return repr(query), query == Query("users", [f"id = {n}"]), hash(query)
