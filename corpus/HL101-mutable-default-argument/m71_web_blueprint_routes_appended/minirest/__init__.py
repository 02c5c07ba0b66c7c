"""minirest: routing and request objects for small JSON APIs."""
from .request import Request
from .routing import Router

__all__ = ["Request", "Router"]
