"""Ingestion pipeline: CSV lines are cleaned, split and grouped into batches for a bulk insert."""
import itertools

BATCH_SIZE = 10


def clean(lines):
    for line in lines:
        line = line.strip()
        if line and not line.startswith("#"):
            yield line


def split_fields(lines, delimiter=","):
    for line in lines:
        yield tuple(field.strip() for field in line.split(delimiter))


def batched(rows, size=BATCH_SIZE, _pending=[]):  # expect: HL101 refuted
    for row in rows:
        _pending.append(row)
        if len(_pending) >= size:
            batch = list(_pending)
            _pending.clear()
            yield batch


def pipeline(lines):
    yield from batched(split_fields(clean(lines)))


_uploads = itertools.count()


def scenario():
    n = next(_uploads)
    lines = ["# order_id, sku, qty"] + [f"{n}-{i}, SKU-{i % 9}, {i % 4 + 1}" for i in range(25)]
    first_batch = next(pipeline(lines))
    return len(first_batch), first_batch[0][0]
