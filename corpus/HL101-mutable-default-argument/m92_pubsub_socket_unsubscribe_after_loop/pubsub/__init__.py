"""pubsub: an in-process topic broker and a base class for subscribers."""
from .broker import Broker
from .subscriber import Subscriber

__all__ = ["Broker", "Subscriber"]
