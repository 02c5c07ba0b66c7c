"""events: the application bus, holding its handlers weakly."""
from .weakbus import WeakBus

app_bus = WeakBus("app")

__all__ = ["WeakBus", "app_bus"]
