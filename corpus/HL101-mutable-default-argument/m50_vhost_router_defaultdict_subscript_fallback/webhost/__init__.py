"""webhost: virtual-host routing for the multi-tenant front end."""
from .routing import Router, default_router, route

__all__ = ["Router", "default_router", "dispatch", "route"]

dispatch = default_router.dispatch
