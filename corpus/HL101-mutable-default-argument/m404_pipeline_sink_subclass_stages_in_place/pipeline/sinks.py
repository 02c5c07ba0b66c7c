import pipeline.base as base


class CsvSink(base.Sink):
    """Comma-separated rows in a fixed column order."""

    def __init__(self, target, columns):
        super().__init__(target)
        self.columns = columns

    def stage(self, batch, record):
        # append in place: export batches can be large, avoid copying them
        batch.append(",".join(str(record[c]) for c in self.columns))
        return batch

    def flush(self, rows):
        for row in rows:
            self.target.write(row + "\n")
        return len(rows)
