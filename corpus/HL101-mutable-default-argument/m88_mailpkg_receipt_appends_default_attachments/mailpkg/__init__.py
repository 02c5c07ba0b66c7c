"""mailpkg: assemble and render outgoing mail."""
from .message import build_message, render

__all__ = ["build_message", "render"]
