"""webkit: sessions and request middleware."""
from .middleware import track_view
from .session import CookieJar, Session

__all__ = ["CookieJar", "Session", "track_view"]
