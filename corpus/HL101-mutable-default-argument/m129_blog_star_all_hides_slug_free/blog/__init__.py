"""blog: publishing posts under unique slugs."""
from .posts import publish as publish_post

__all__ = ["publish_post"]
