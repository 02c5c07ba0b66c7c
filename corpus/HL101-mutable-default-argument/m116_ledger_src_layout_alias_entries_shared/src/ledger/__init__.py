"""ledger: the public API, re-exported from the submodules under short names."""
from .journal import post as record_sale
from .reports import balance as balance

__all__ = ["record_sale", "balance"]
