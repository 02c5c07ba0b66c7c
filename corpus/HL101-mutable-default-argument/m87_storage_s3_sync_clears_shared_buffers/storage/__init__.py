"""storage: pluggable blob backends; writes are buffered until sync() ships them."""
from .local import LocalBackend
from .s3 import S3Backend
from .sync import sync

__all__ = ["LocalBackend", "S3Backend", "sync"]
