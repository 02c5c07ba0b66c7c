"""Aligned plain-text table, the default `list` output."""
from .base import Formatter


class TableFormatter(Formatter):
    default_columns = ("id", "title", "status")

    def __init__(self, columns=[], padding=2):  # expect: HL101 refuted
        super().__init__(columns)
        self.padding = padding

    def render(self, rows):
        grid = [[column.upper() for column in self.columns]]
        grid += [self.cells(row) for row in rows]
        widths = [max(len(line[i]) for line in grid) for i in range(len(self.columns))]
        gap = " " * self.padding
        return "\n".join(
            gap.join(cell.ljust(width) for cell, width in zip(line, widths)).rstrip()
            for line in grid
        )
