class Select:
    def __init__(self, table, **where):
        self.table = table
        self.where = where

    def sql(self):
        cond = " AND ".join(f"{col} = {self.where[col]!r}" for col in sorted(self.where))
        return f"SELECT * FROM {self.table}" + (f" WHERE {cond}" if cond else "")

    def params(self):
        return tuple(self.where[col] for col in sorted(self.where))


class Table:
    def __init__(self, name, rows=(), indexes=("id",)):
        self.name = name
        self.rows = list(rows)
        self.indexes = frozenset(indexes)

    def run(self, query):
        return [r for r in self.rows if all(r.get(k) == v for k, v in query.where.items())]


def explain(query, table):
    used = [col for col in sorted(query.where) if col in table.indexes]
    if used:
        return f"SEARCH {table.name} USING INDEX ({', '.join(used)})"
    return f"SCAN {table.name}"
