"""fleet: vehicles whose status changes are audited by the Tracked base."""
from .vehicle import Vehicle

__all__ = ["Vehicle"]
