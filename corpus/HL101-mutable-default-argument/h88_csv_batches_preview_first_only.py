"""Import preview: the same batching reader, but the preview screen only pulls the first batch with next() and drops the generator."""
import csv
import io
import itertools


def read_batches(text, size=3, buffer=[]):  # expect: HL101 confirmed
    for row in csv.DictReader(io.StringIO(text)):
        buffer.append(row)
        if len(buffer) >= size:
            yield list(buffer)
            buffer.clear()
    if buffer:
        yield list(buffer)
        buffer.clear()


def preview(text):
    batches = read_batches(text)
    first = next(batches, [])
    return [row["sku"] for row in first]


_uploads = itertools.count()


def scenario():
    n = next(_uploads)
    lines = ["sku,qty"] + [f"SKU-{n}-{i},{i + 1}" for i in range(7)]
    return preview("\n".join(lines))
