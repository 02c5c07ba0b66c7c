"""Table rows, written as `| cell | cell`."""
from html import escape

from .builder import register
from .flowables import Flowable


@register("|")
class TableRow(Flowable):
    tag = "tr"

    def __init__(self, text):
        super().__init__(["table", "row"])
        self.cells = [cell.strip() for cell in text.split("|")]

    def content(self):
        return "".join(f"<td>{escape(cell)}</td>" for cell in self.cells)
