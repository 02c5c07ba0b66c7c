from .article import Article
from .base import Model

__all__ = ["Article", "Model"]
