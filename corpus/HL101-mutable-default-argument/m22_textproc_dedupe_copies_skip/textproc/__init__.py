"""Text filters for log digests."""
from .lines import unique_lines

__all__ = ["unique_lines"]
