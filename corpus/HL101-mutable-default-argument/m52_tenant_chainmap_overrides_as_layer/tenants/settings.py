"""Per-tenant settings: the tenant's stored overrides over the product defaults."""
from confkit import Layered

__all__ = ["TenantSettings"]


class TenantSettings(Layered):
    def __init__(self, tenant, overrides=None):
        super().__init__(overrides or {})
        self.tenant = tenant

    def __repr__(self):
        return f"<TenantSettings {self.tenant} region={self['region']}>"
