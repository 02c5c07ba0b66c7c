"""Feed ingestion: each incoming row opens a batch for its feed and stages the row."""
import itertools

from ingest.loader import open_batch
from ingest import stages

_rows = itertools.count()


def scenario():
    n = next(_rows)
    batch = open_batch(f"feed-{n % 7}")
    batch = stages.add_row(batch, {"id": n, "value": n * 3})
    return batch.source, len(batch.rows)
