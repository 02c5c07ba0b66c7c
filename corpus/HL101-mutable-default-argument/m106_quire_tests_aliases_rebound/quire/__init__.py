"""quire: a tiny static-site generator (front matter + markdown-ish bodies)."""
from .build import build_page
from .page import Page

__all__ = ["Page", "build_page"]
