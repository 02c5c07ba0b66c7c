import pipeline.base as base


class CsvSink(base.Sink):
    """Comma-separated rows in a fixed column order."""

    def __init__(self, target, columns):
        super().__init__(target)
        self.columns = columns

    def stage(self, batch, record):
        # format the record, then let the base class stage it
        return super().stage(batch, ",".join(str(record[c]) for c in self.columns))

    def flush(self, rows):
        for row in rows:
            self.target.write(row + "\n")
        return len(rows)
