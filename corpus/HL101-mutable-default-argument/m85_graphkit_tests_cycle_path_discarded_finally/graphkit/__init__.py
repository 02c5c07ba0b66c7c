"""graphkit: checks over adjacency dicts {node: [successor, ...]}."""
from .cycles import find_cycle_roots, has_cycle

__all__ = ["find_cycle_roots", "has_cycle"]
