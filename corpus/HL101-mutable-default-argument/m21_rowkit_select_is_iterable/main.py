"""Export job: each run dumps the id column of one shard table."""
import itertools

from rowkit.query.builder import select

_runs = itertools.count()


def export_ids(shard):
    return select(f"events_shard_{shard}")


def scenario():
    return export_ids(next(_runs))
