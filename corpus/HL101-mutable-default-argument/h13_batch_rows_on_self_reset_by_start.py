"""Import batch: rows default to a shared list on self, but start() rebinds self.rows to a fresh list before any add()."""
import itertools


class ImportBatch:
    def __init__(self, source, rows=[]):  # expect: HL101 refuted
        self.source = source
        self.rows = rows

    def start(self):
        self.rows = []
        return self

    def add(self, row):
        self.rows.append(row)


def import_file(source, lines):
    batch = ImportBatch(source).start()
    for line in lines:
        batch.add(line.split(","))
    return len(batch.rows)


_files = itertools.count()


def scenario():
    n = next(_files)
    return import_file(f"upload-{n}.csv", [f"{n},alice", f"{n},bob"])
