"""Shop API: basket helpers re-exported under their storefront names."""
from .basket import add_line as add_to_basket
from .basket import total as basket_total

__all__ = ["add_to_basket", "basket_total"]
