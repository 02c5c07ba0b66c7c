"""blogdb: tiny ORM-style models for the blog."""
from .models import Article, Author

__all__ = ["Article", "Author"]
