"""Filtering: several values per column are OR-ed together."""
from .constants import SEARCHABLE


class FilterMixin:
    def where(self, column, value):
        if column not in SEARCHABLE:
            raise KeyError(column)
        self.filters.setdefault(column, []).append(value)
        return self
