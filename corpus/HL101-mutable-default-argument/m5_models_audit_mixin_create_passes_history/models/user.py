from .base import Model
from .mixins import AuditMixin


class User(AuditMixin, Model):
    @classmethod
    def create(cls, name, email):
        user = cls(name=name, email=email, history=[])
        user.touch(f"created <{email}>")
        return user
