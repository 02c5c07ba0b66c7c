"""SchemaRegistry: tables by name, each with its column and index lists."""


class SchemaRegistry:
    def __init__(self):
        self._tables = {}

    def add_table(self, name, columns, indexes):
        self._tables[name] = {"columns": list(columns), "indexes": list(indexes)}

    def add_column(self, table, column):
        self._tables[table]["columns"].append(column)

    def add_index(self, table, fields):
        self._tables[table]["indexes"].append(tuple(fields))

    def ddl(self, table):
        cols = ", ".join(self._tables[table]["columns"])
        return f"CREATE TABLE {table} ({cols})"
