"""Stage rows until a batch is full, then hand the batch to the writer."""
from . import bufops

BATCH_SIZE = 20


def stage_rows(rows, pending=[]):  # expect: HL101 refuted
    valid = [dict(row, sku=row["sku"].upper()) for row in rows if row.get("sku")]
    if bufops.push_all(pending, valid) < BATCH_SIZE:
        return []
    return bufops.drain(pending)
