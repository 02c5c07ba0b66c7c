"""Repositories, registered with the container under a name."""
from .container import provider


@provider("orders")
class OrderRepo:
    def __init__(self):
        self.saved = 0
        self.last_id = None

    def save(self, order):
        self.saved += 1
        self.last_id = order["id"]
        return self.last_id
