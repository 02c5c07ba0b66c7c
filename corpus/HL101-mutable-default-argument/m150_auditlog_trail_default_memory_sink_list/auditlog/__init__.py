"""auditlog: per-request audit trails written to a pluggable sink."""
from .sinks import MemorySink
from .trail import AuditTrail

__all__ = ["AuditTrail", "MemorySink"]
