"""Legacy exporters; XmlExporter moved to a separate distribution in 2.0."""


class FixedWidthExporter:
    def __init__(self, job_id):
        self.job_id = job_id

    def export(self, rows):
        return "\n".join(f"{row['sku']:<12}{row['qty']:>6}" for row in rows)
