"""CSV import batches: the importer opens a `Batch` per uploaded file and
adds each parsed row, filling missing columns from `defaults`. `Batch`
keeps its `rows` default list as the instance's list, so every batch made
without rows appends to the one shared list and keeps all rows ever
imported; the `defaults` dict is only read when merging."""
import itertools

_uploads = itertools.count()


class Batch:
    def __init__(self, source, rows=[]):  # expect: HL101 confirmed
        self.source = source
        self.rows = rows

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
