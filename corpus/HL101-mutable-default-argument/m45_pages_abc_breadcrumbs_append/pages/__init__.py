from .base import Page
from .articles import ArticlePage
from .home import HomePage

__all__ = ["Page", "ArticlePage", "HomePage"]
