"""Class-based views: web.base.View and the application's pages."""
from .pages import ArticleView

__all__ = ["ArticleView"]
