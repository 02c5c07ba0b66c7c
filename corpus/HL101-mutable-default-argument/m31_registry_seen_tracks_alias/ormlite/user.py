from .base import Model
from .registry import register


class User(Model):
    __tablename__ = "users"
    __fields__ = ("id", "email", "active")


register("user", User)
