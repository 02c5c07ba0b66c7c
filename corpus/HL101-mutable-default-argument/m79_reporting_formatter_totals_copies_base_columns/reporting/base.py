"""base: the formatter every report format builds on."""


class Formatter:
    def __init__(self, title, columns=[]):  # expect: HL101 refuted
        self.title = title
        self.columns = columns

    def cell(self, row, column):
        return str(row.get(column, ""))

    def render(self, rows):
        lines = [self.title, " | ".join(self.columns)]
        for row in rows:
            lines.append(" | ".join(self.cell(row, col) for col in self.columns))
        return "\n".join(lines)
