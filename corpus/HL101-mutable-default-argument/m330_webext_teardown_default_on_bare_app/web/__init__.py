"""web: a tiny WSGI-style application object and its test helpers."""
from .app import App
from .testing import make_test_app

__all__ = ["App", "make_test_app"]
