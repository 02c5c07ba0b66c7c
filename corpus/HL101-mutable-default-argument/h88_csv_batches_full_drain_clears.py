"""Import pipeline: a row reader buffers parsed rows in a default list and yields them in batches; the loader drains every batch."""
import csv
import io
import itertools


def read_batches(text, size=3, buffer=[]):  # expect: HL101 refuted
    for row in csv.DictReader(io.StringIO(text)):
        buffer.append(row)
        if len(buffer) >= size:
            yield list(buffer)
            buffer.clear()
    if buffer:
        yield list(buffer)
        buffer.clear()


_uploads = itertools.count()


def scenario():
    n = next(_uploads)
    lines = ["sku,qty"] + [f"SKU-{n}-{i},{i + 1}" for i in range(7)]
    loaded = 0
    for batch in read_batches("\n".join(lines)):
        loaded += sum(int(row["qty"]) for row in batch)
    return loaded
