"""webapp: a tiny WSGI-style framework."""
from .app import App
from .routing import route_table
from .views import register as add_view

__all__ = ["App", "add_view", "route_table"]
