"""billing: money helpers and general-ledger posting."""
from .ledger import post
from .money import format_cents, to_cents

__all__ = ["format_cents", "to_cents", "post"]
