from .base import Model
from .mixins import AuditMixin


class Customer(AuditMixin, Model):
    table = "customers"
    audit_fields = ("plan",)
