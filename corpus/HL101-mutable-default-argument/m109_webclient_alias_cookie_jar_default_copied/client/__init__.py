from .api import login

__all__ = ["login"]
