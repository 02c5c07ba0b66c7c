"""graphkit: traversals over adjacency dicts {node: [successor, ...]}."""
from .traversal import reachable

__all__ = ["reachable"]
