import csv
import io

from .base import Sink


class CsvSink(Sink):
    def __init__(self):
        self.buffer = io.StringIO()

    def flush(self, batch):
        writer = csv.DictWriter(self.buffer, fieldnames=sorted(batch[0]))
        writer.writerows(batch)
        super().flush(batch)
        self.buffer.seek(0)
        self.buffer.truncate()
