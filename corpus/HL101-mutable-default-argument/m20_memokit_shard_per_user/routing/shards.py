"""Shard lookup: the DSN for a user's shard, memoized per user."""
from memokit import memoize

SHARDS = 4


@memoize
def shard_for(user_id):
    bucket = user_id % SHARDS
    return f"postgresql://db-{bucket}.internal/app"
