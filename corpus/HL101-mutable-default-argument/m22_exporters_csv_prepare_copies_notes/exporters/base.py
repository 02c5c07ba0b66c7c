"""Exporter base: turns rows (dicts) into lines of text."""


class Exporter:
    separator = "\t"

    def __init__(self, table, rows):
        self.table = table
        self.rows = rows

    def prepare(self, notes):
        """Hook: return the comment lines written above the header."""
        return list(notes)

    def export(self, notes=[]):  # expect: HL101 refuted
        lines = [f"# {note}" for note in self.prepare(notes)]
        header = sorted(self.rows[0])
        lines.append(self.separator.join(header))
        for row in self.rows:
            lines.append(self.separator.join(str(row[column]) for column in header))
        return "\n".join(lines)
