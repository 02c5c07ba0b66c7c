"""pricing: catalogue prices behind a shared cache."""
from .catalog import list_price

__all__ = ["list_price"]
