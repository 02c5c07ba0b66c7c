"""Loading: write every batch to the sink, or peek at the first one for its columns."""
from .readers import batches


def load(rows, sink):
    count = 0
    for batch in batches(rows):
        sink.extend(batch)
        count += len(batch)
    return count


def sniff(rows):
    first = next(batches(rows), ())
    return sorted(first[0]) if first else []
