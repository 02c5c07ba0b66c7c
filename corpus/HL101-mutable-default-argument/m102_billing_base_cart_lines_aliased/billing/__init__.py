"""billing: carts and the checkout quote."""
from .checkout import quote

__all__ = ["quote"]
