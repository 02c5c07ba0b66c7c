"""tinyweb: an app object, views by path, response middleware."""
from .app import *  # noqa: F401,F403
from .response import Response

__all__ = ["App", "Response"]
