"""invoicing: bills customers onto a Ledger (the house ledger unless one is given)."""
from .billing import bill

__all__ = ["bill"]
