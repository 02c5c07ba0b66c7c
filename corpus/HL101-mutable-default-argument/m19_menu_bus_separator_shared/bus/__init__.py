"""In-process publish/subscribe bus."""
from .events import publish, subscribe, unsubscribe
