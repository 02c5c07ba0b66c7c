"""syncer: pull change feeds from remote replicas."""
from .feed import Feed, iter_changes
from . import consumers

__all__ = ["Feed", "consumers", "iter_changes"]
