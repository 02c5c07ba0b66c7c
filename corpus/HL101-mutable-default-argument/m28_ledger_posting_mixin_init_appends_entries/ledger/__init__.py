"""Double-entry-ish ledger: account kinds built from a base and behaviour mixins."""
from .accounts import Savings

__all__ = ["Savings"]
