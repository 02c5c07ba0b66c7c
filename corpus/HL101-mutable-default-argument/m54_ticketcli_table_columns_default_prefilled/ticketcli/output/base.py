"""Formatter base class: turns rows (dicts) into text."""


class Formatter:
    default_columns = ("id", "title")

    def __init__(self, columns=None):
        self.columns = columns or list(self.default_columns)

    def add_column(self, name):
        if name not in self.columns:
            self.columns.append(name)

    def cells(self, row):
        return [str(row.get(column, "")) for column in self.columns]

    def render(self, rows):
        raise NotImplementedError
