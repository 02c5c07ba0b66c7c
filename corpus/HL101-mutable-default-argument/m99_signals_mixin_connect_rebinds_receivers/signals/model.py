"""Per-instance signals for model objects (order.saved, order.deleted)."""
from .base import Signal
from .mixins import ConnectMixin


class ModelSignal(ConnectMixin, Signal):
    def __init__(self, instance, action):
        super().__init__(f"{type(instance).__name__}.{action}")
        self.instance = instance

    def fire(self, **payload):
        return self.send(self.instance, **payload)
