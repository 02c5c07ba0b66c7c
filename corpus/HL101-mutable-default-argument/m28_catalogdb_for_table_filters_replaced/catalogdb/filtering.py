"""Filtering: one value per column; a later where() replaces the earlier one."""
from .constants import SEARCHABLE


class FilterMixin:
    def where(self, column, value):
        if column not in SEARCHABLE:
            raise KeyError(column)
        self.filters[column] = value
        return self
