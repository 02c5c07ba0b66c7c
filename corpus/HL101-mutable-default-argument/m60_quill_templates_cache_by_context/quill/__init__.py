"""quill: string templates for small web apps."""
from .templates import render as render_template

__all__ = ["render_template"]
