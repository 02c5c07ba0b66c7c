"""CSV exporter: one row per sample, labels as trailing columns."""
from exporters.base import Exporter


class CsvExporter(Exporter):
    content_type = "text/csv"

    def render(self, samples, labels):
        tail = ",".join(f"{k}={v}" for k, v in sorted(labels.items()))
        return "\n".join(f"{name},{value},{tail}" for name, value in samples)
