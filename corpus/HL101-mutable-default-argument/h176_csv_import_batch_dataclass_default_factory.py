"""CSV import batches: the importer opens a `Batch` per uploaded file and
adds each parsed row, filling missing columns from `defaults`. `Batch` is
a dataclass whose `rows` uses `field(default_factory=list)`, so every batch
gets a new list; the `defaults` dict is only read when merging, and the
rows die with the batch."""
import dataclasses
import itertools

_uploads = itertools.count()


@dataclasses.dataclass
class Batch:
    source: str
    rows: list = dataclasses.field(default_factory=list)

    def add(self, row, defaults={"status": "new", "currency": "EUR"}):  # expect: HL101 refuted
        self.rows.append({**defaults, **row})


def import_upload(upload_id, lines):
    batch = Batch("upload-%d.csv" % upload_id)
    for i, line in enumerate(lines):
        sku, qty = line.split(",")
        batch.add({"sku": sku, "qty": int(qty), "line": i})
    return batch.source, len(batch.rows)


def scenario():
    n = next(_uploads)
    return import_upload(n, ["SKU-%d,%d" % (n, n % 9 + 1), "SKU-%d,1" % (n + 1)])
