"""Shard lookup: the DSN for a user's shard, memoized per shard bucket."""
from memokit import memoize

SHARDS = 4


@memoize
def _dsn(bucket):
    return f"postgresql://db-{bucket}.internal/app"


def shard_for(user_id):
    return _dsn(user_id % SHARDS)
