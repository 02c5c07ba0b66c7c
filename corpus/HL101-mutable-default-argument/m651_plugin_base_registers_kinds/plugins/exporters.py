from .base import Plugin


class CsvExporter(Plugin):
    kind = "csv"

    def export(self, values):
        header = f"# {self.name}\n"
        return header + ",".join(str(v) for v in values) + "\n"
