"""es: a tiny event-sourcing toolkit (append-only store + projections)."""
from .memory import InMemoryStore
from .store import EventStore

__all__ = ["EventStore", "InMemoryStore"]
