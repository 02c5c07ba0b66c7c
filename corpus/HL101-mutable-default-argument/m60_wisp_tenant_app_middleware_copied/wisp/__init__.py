"""wisp: a tiny request/response framework for preview servers."""
from .app import App, Response

__all__ = ["App", "Response"]
