"""Chainable query builder in the style of small ORMs."""
import copy
import itertools

_users = itertools.count()
_OPS = {"gt": ">", "lt": "<", "gte": ">=", "ne": "!="}


class Query:
    def __init__(self, table, where=[], order=None):  # expect: HL101 refuted
        self.table = table
        self.where = where
        self.order = order

    def _clone(self):
        return copy.deepcopy(self)

    def filter(self, **conds):
        clone = self._clone()
        for column, value in sorted(conds.items()):
            op = "="
            if "__" in column:
                column, suffix = column.split("__", 1)
                op = _OPS.get(suffix, "=")
            clone.where.append((column, op, value))
        return clone

    def order_by(self, column):
        clone = self._clone()
        clone.order = column
        return clone

    def sql(self):
        parts = [f"SELECT * FROM {self.table}"]
        if self.where:
            parts.append("WHERE " + " AND ".join(f"{c} {op} ?" for c, op, _ in self.where))
        if self.order:
            parts.append(f"ORDER BY {self.order}")
        return " ".join(parts), [value for _, _, value in self.where]


def scenario():
    user_id = next(_users)
    query = Query("orders").filter(user_id=user_id, total__gt=user_id % 100)
    return query.order_by("-created").sql()
