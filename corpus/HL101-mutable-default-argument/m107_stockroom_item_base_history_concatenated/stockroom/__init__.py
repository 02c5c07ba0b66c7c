"""stockroom: stock items with an audit trail."""
from .goods import Bulk, Perishable

__all__ = ["Bulk", "Perishable"]
