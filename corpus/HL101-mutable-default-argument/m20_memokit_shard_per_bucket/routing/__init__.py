"""Request routing to database shards."""
from .shards import shard_for

__all__ = ["shard_for"]
