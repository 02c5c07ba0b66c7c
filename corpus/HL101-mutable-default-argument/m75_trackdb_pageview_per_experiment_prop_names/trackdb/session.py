"""session: collects records and flushes them to a sink as rows."""


class Session:
    def __init__(self, sink):
        self.sink = sink
        self.pending = []

    def add(self, record):
        self.pending.append(record)
        return record

    def commit(self):
        for record in self.pending:
            self.sink.setdefault(record.table, []).append(record.row())
        written, self.pending = len(self.pending), []
        return written
