"""tmpl: `{{ name|filter }}` templates, compiled once and rendered per request."""
from . import builtin_filters  # noqa: F401  (registers upper, money, ...)
from .render import render_greeting as render_page

__all__ = ["render_page"]
