"""SQL helper: the default QueryBuilder's chained methods rebind fixed attributes and return self."""
import itertools


class QueryBuilder:
    def __init__(self):
        self._table = None
        self._where = None
        self._limit = None

    def table(self, name):
        self._table = name
        return self

    def where(self, clause):
        self._where = clause
        return self

    def limit(self, n):
        self._limit = n
        return self

    def sql(self):
        text = f"SELECT * FROM {self._table}"
        if self._where:
            text += f" WHERE {self._where}"
        return text + (f" LIMIT {self._limit}" if self._limit else "")


def find_user(user_id, builder=QueryBuilder()):  # expect: HL101 refuted
    return builder.table("users").where(f"id = {user_id}").limit(1).sql()


_ids = itertools.count()


def scenario():
    return find_user(next(_ids))
