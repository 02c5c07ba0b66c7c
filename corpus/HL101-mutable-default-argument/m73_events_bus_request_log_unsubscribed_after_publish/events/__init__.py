"""events: a tiny in-process publish/subscribe bus."""
from .bus import listeners, publish, subscribe, unsubscribe

__all__ = ["listeners", "publish", "subscribe", "unsubscribe"]
