"""Event-sourced ledger: aggregates record events, the store persists them."""
from .accounts import Account
from .store import ConcurrencyError, EventStore

__all__ = ["Account", "EventStore", "ConcurrencyError"]
