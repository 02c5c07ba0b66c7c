import itertools

from pipeline import Enrich, Normalize

_ids = itertools.count()
PIPELINE = [Normalize(), Enrich()]


def ingest(raw):
    record = raw
    for stage in PIPELINE:
        record = stage.run(record)
        if record is None:
            break
    return record


def scenario():
    n = next(_ids)
    raw = {" ID ": f"evt-{n}", "TS": 1_700_000_000 + n, "Kind": "click"}
    return ingest(raw)["lag"]
