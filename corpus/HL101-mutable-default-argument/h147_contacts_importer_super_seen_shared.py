"""Contact importer: the base Importer deduplicates rows by key in a
`seen_keys` set default. CsvContactImporter forwards its **kwargs to
`super().__init__` without a set of its own, so every import shares the
default and each batch's e-mail addresses stay in it."""
import itertools

_batches = itertools.count()


class Importer:
    def __init__(self, source, seen_keys=set()):  # expect: HL101 confirmed
        self.source = source
        self.seen_keys = seen_keys

    def key(self, row):
        raise NotImplementedError

    def run(self, rows):
        fresh = []
        for row in rows:
            k = self.key(row)
            if k in self.seen_keys:
                continue
            self.seen_keys.add(k)
            fresh.append(row)
        return fresh


class CsvContactImporter(Importer):
    def __init__(self, source, **kwargs):
        super().__init__(source, **kwargs)

    def key(self, row):
        return row["email"].strip().lower()


def scenario():
    n = next(_batches)
    rows = [{"email": f"Ann{n}@example.org"}, {"email": f"ann{n}@example.org "}, {"email": f"bo{n}@example.org"}]
    return len(CsvContactImporter(f"crm-{n}.csv").run(rows))
