"""Per-tenant plugins: a class is generated for each tenant from its settings."""
from plugkit import Plugin, hook


class AuditMixin:
    @hook
    def on_save(self, record):
        return {"audited_by": self.tenant, **record}


class TenantPlugin(AuditMixin, Plugin):
    def __init__(self, config, tenant):
        super().__init__(config)
        self.tenant = tenant


@hook
def _export_csv(self, rows):
    return "\n".join(",".join(map(str, row)) for row in rows)


def plugin_class(tenant, settings):
    namespace = {"settings": dict(settings)}
    if settings.get("export") == "csv":
        namespace["on_export"] = _export_csv
    return type(f"{tenant.title()}Plugin", (TenantPlugin,), namespace)
