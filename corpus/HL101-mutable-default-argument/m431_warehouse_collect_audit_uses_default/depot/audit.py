"""Audit trail for goods-in: one note per received pallet."""
from .helpers import collect


def note(pallet_id, operator):
    """Record who received the pallet and return the note text."""
    entries = collect(f"pallet {pallet_id} received by {operator}")
    return entries[-1]
