"""CSV exporter."""
import csv
import io


class CsvExporter:
    def __init__(self, job_id):
        self.job_id = job_id

    def export(self, rows):
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=["job", "sku", "qty"])
        writer.writeheader()
        for row in rows:
            writer.writerow({"job": self.job_id, **row})
        return buf.getvalue()
