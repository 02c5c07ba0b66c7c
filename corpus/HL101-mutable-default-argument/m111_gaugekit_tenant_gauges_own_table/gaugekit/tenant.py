"""Per-tenant metrics: gauges go to the tenant's table unless process-wide."""
from .registry import read_all, register


class TenantMetrics:
    def __init__(self, tenant):
        self.tenant = tenant
        self.gauges = {}

    def gauge(self, name, read, process_wide=False):
        key = f"{self.tenant}.{name}"
        if process_wide:
            return register(key, read)
        return register(key, read, self.gauges)

    def snapshot(self):
        return read_all(self.gauges)
