"""Contact importer: the base Importer deduplicates rows by key in a
`seen_keys` set default. CsvContactImporter fills in `seen_keys=set()` with
kwargs.setdefault before forwarding to `super().__init__`, so every import
gets its own set and the default is never touched."""
import itertools

_batches = itertools.count()


class Importer:
    def __init__(self, source, seen_keys=set()):  # expect: HL101 refuted
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
        kwargs.setdefault("seen_keys", set())
        super().__init__(source, **kwargs)

    def key(self, row):
        return row["email"].strip().lower()


def scenario():
    n = next(_batches)
    rows = [{"email": f"Ann{n}@example.org"}, {"email": f"ann{n}@example.org "}, {"email": f"bo{n}@example.org"}]
    return len(CsvContactImporter(f"crm-{n}.csv").run(rows))
