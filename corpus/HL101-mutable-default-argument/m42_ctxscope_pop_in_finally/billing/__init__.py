from .api import handle_charge

__all__ = ["handle_charge"]
