"""billing: money helpers and general-ledger posting."""
from .money import format_cents, to_cents
from .ledger import post

__all__ = ["format_cents", "to_cents", "post"]
