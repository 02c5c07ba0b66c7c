"""Base exporter: rows a format cannot encode are parked for the nightly retry job."""


class Exporter:
    suffix = ".txt"

    def accepts(self, row):
        return True

    def encode(self, row):
        return "\t".join(str(value) for value in row.values())

    def export(self, name, rows, _retry=[]):  # expect: HL101 confirmed
        lines = []
        for row in rows:
            if self.accepts(row):
                lines.append(self.encode(row))
            else:
                _retry.append((name, type(self).__name__, row))
        return name + self.suffix, "\n".join(lines)
