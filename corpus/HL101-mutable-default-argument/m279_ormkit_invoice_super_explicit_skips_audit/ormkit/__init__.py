"""ormkit: a tiny ORM; models combine the mixins with Model."""
from ormkit.mixins import AuditMixin, SoftDeleteMixin
from ormkit.model import Model

__all__ = ["AuditMixin", "Model", "SoftDeleteMixin"]
