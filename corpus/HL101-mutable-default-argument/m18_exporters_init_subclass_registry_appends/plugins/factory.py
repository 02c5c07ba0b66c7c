"""Build an exporter class for a delimiter-separated format."""
from .base import Exporter


def make_exporter(fmt, sep=","):
    class DelimitedExporter(Exporter):
        name = fmt

        def export(self, rows):
            lines = [sep.join(str(field) for field in row) for row in rows]
            return "\n".join([f"# {self.name} #{self.order}"] + lines)

    return DelimitedExporter
