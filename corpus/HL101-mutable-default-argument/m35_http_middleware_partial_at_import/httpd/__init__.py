"""httpd: a tiny routing layer with per-route middleware."""
from .routing import Route
from .security import protect
from .cors import enable_cors

__all__ = ["Route", "protect", "enable_cors"]
