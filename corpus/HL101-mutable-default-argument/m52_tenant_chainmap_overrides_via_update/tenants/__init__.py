"""tenants: per-customer configuration."""
from .settings import *  # noqa: F401,F403

__all__ = ["TenantSettings"]
