"""hooks: tenant-specific webhook handlers, registered by a class decorator."""
from .tenants import deliver

__all__ = ["deliver"]
