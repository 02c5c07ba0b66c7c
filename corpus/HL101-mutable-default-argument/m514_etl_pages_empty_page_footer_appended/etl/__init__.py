"""etl: paging and rendering of exported rows."""
from .render import export_orders

__all__ = ["export_orders"]
