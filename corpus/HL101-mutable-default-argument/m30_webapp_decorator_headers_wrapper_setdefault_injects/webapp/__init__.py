"""Request handlers for a small shop front-end."""
from .handlers import product_page

__all__ = ["product_page"]
