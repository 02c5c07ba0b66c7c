"""docgen: renders pages with the plugins listed in docgen.loader."""
from .loader import render as render_page

__all__ = ["render_page"]
