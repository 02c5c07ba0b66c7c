"""Report export: cell values are written by type; list cells are checked against self-reference so a nested row cannot loop forever."""
import itertools
from functools import singledispatchmethod


class CsvWriter:
    def __init__(self, delimiter=","):
        self.delimiter = delimiter

    @singledispatchmethod
    def cell(self, value):
        text = str(value)
        return f'"{text}"' if self.delimiter in text else text

    @cell.register
    # heaplint-todo: functools.singledispatchmethod registrations are not modelled: the registered method is never created (heaplint: unknown)
    def _list_cell(self, value: list, _visited=[]):  # expect: HL101 confirmed
        if any(seen is value for seen in _visited):
            return "[...]"
        _visited.append(value)
        return "|".join(self.cell(item) for item in value)

    @cell.register
    def _tuple_cell(self, value: tuple):
        return "|".join(self.cell(item) for item in value)

    def row(self, values):
        return self.delimiter.join(self.cell(value) for value in values)


_orders = itertools.count()
writer = CsvWriter()


def scenario():
    n = next(_orders)
    return writer.row([n, f"order-{n}", [f"sku-{n}", "gift, wrapped"], 3.5])
