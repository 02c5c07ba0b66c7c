from .base import Model
from .registry import register


class Order(Model):
    __tablename__ = "orders"
    __fields__ = ("id", "user_id", "total")


register("order", Order)
register("purchase", Order)
