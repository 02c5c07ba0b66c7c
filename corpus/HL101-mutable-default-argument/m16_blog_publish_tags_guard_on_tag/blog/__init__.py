"""blog: posts, tags and the front-page feed."""
from .feed import latest
from .posts import publish

__all__ = ["latest", "publish"]
