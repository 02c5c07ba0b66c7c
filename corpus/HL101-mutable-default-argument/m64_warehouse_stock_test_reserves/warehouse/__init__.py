from .reports import availability_report
from .stock import make_stock as new_stock

__all__ = ["availability_report", "new_stock"]
