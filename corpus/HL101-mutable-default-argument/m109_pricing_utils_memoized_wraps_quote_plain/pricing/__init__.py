from .quotes import quote as price_quote

__all__ = ["price_quote"]
