"""Tiny WSGI-style toolkit: responses and a middleware stack."""
from .response import Response
from .renderers import JSONResponse
from .middleware import RequestIdMiddleware

__all__ = ["Response", "JSONResponse", "RequestIdMiddleware"]
