"""webhooks: receive() -> event handlers, built on a common Handler base."""
from .events import receive

__all__ = ["receive"]
