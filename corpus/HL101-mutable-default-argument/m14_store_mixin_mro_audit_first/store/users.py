from .audit import AuditMixin
from .base import FastPathMixin, MemoryStore


class UserStore(AuditMixin, FastPathMixin, MemoryStore):
    pass
