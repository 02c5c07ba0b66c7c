"""clinic: a doctor's appointment calendar."""
from .agenda import Calendar, DoubleBooking

__all__ = ["Calendar", "DoubleBooking"]
