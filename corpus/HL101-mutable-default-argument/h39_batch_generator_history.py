"""Data pipeline: batched() yields fixed-size chunks and logs each emitted batch id into a default list as it goes."""
import itertools


def batched(rows, size, _emitted=[]):  # expect: HL101 confirmed
    batch = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            _emitted.append(f"batch-{row['id']}")
            yield batch
            batch = []
    if batch:
        yield batch


_ids = itertools.count()


def scenario():
    base = next(_ids) * 10
    rows = [{"id": base + i, "v": i * i} for i in range(5)]
    gen = batched(rows, 2)
    first = next(gen)
    return sum(r["v"] for r in first)
