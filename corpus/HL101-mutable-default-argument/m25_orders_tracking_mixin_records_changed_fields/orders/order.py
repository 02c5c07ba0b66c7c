"""Order: tracked entity that starts in status 'new'."""
from .base import Entity
from .tracking import ChangeTrackingMixin


class Order(ChangeTrackingMixin, Entity):
    def __init__(self, key, status="new"):
        super().__init__(key)
        self.status = status
