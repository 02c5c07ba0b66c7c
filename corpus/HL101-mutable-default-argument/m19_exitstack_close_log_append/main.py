import itertools

from exporter.session import export_batch

_ids = itertools.count()


def scenario():
    n = next(_ids)
    shards = [f"shard-{n}-a", f"shard-{n}-b"]
    rows = [f"row-{n}-{i}" for i in range(3)]
    return export_batch(shards, rows)
