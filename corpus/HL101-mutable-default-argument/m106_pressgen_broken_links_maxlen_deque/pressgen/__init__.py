"""pressgen: pages in a tiny markdown dialect -> HTML, with a link check."""
from .build import build_site

__all__ = ["build_site"]
