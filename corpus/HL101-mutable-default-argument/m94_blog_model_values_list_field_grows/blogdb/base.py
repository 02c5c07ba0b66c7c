"""Model base class: every model keeps its column values in one dict."""


class Model:
    table = None
    columns = ()

    def __init__(self, pk, values={}):  # expect: HL101 confirmed
        self.pk = pk
        self._values = values

    def set(self, column, value):
        if column not in self.columns:
            raise KeyError(f"{self.table} has no column {column!r}")
        self._values[column] = value

    def add(self, column, item):
        """Append to a list-valued column (tags, authors, ...)."""
        self.set(column, self._values.get(column, []))
        self._values[column].append(item)

    def get(self, column, default=None):
        return self._values.get(column, default)

    def to_row(self):
        row = {"id": self.pk}
        row.update(self._values)
        return row
