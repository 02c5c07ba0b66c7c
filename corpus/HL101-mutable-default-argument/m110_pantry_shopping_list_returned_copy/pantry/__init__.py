"""pantry: what is in stock, and shopping lists for what is not."""
from .lists import shopping_list as new_list
from .stock import missing

__all__ = ["new_list", "missing"]
