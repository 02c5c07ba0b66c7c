"""Optional dependencies and what they change."""
try:
    import brotli  # noqa: F401
except ImportError:
    brotli = None

__all__ = ["ACCEPT_ENCODING", "USER_AGENT"]

ACCEPT_ENCODING = "br, gzip, deflate" if brotli is not None else "gzip, deflate"
USER_AGENT = "httpkit/2.4"
