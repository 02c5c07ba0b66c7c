"""Per-tenant handlers: a handler class is built for the tenant and registered with @webhook."""
from . import registry
from .base import Handler as BaseHandler

KINDS = {"signup": "user.created", "cancel": "user.deleted"}


def handler_for(kind, tenant_id):
    @registry.webhook
    class TenantHandler(BaseHandler):
        event = KINDS[kind]
        tenant = tenant_id

    return TenantHandler


def deliver(kind, tenant_id, payload):
    cls = handler_for(kind, tenant_id)
    return cls(payload).handle(), len(cls.routes)
