from .audit import AuditMixin
from .base import FastPathMixin, MemoryStore


class UserStore(FastPathMixin, AuditMixin, MemoryStore):
    pass
