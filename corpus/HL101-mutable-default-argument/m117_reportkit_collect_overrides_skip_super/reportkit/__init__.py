"""reportkit: daily business reports built on one template-method base class."""
from .refunds import RefundReport
from .sales import SalesReport

__all__ = ["RefundReport", "SalesReport"]
