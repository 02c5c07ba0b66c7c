"""SELECT builder; filters map column -> value(s)."""
from .filtering import FilterMixin


class Query(FilterMixin):
    def __init__(self, table, filters):
        self.table = table
        self.filters = filters

    @classmethod
    def for_table(cls, table, filters={}):  # expect: HL101 refuted
        return cls(table, filters)

    def sql(self):
        where = " AND ".join(f"{column} = ?" for column in sorted(self.filters))
        return f"SELECT * FROM {self.table}" + (f" WHERE {where}" if where else "")
