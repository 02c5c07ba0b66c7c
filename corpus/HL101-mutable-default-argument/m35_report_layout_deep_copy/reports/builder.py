"""Assembles sections into a finished report."""
import copy

from .layout import CORPORATE
from .sections import summary_section, totals_section


class ReportBuilder:
    def __init__(self, title, layout=None):
        self.title = title.strip()
        # Each report gets its own layout so footnote numbering starts fresh.
        self.layout = copy.deepcopy(CORPORATE if layout is None else layout)

    def build(self, rows):
        lines = summary_section(self.layout, self.title, rows)
        lines += totals_section(self.layout, rows)
        notes = self.layout.render_notes()
        if notes:
            lines += [""] + notes
        return "\n".join(lines)
