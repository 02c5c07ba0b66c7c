"""Reports service: each tenant downloads its monthly report in its own CSV
flavour; the tenant exporter classes are built once at start-up."""
import itertools

from plugins.tenants import TENANTS, tenant_exporter

_downloads = itertools.count()
EXPORTERS = {tenant: tenant_exporter(tenant) for tenant in TENANTS}


def scenario():
    n = next(_downloads)
    exporter = EXPORTERS[TENANTS[n % len(TENANTS)]]()
    return exporter.export({"month": n % 12 + 1, "invoices": n, "report": f"r{n}"})
