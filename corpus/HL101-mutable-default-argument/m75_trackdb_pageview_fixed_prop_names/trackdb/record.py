"""record: the base class; event models pass their column values up to it."""


class Record:
    table = "records"

    def __init__(self, key, fields={}, **values):  # expect: HL101 refuted
        self.key = key
        self.fields = fields
        self.fields.update(values)

    def row(self):
        return {"key": self.key, "table": self.table, **self.fields}
