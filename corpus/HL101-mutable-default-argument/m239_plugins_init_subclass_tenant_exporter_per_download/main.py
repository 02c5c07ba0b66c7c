"""Reports service: each tenant downloads its monthly report in its own CSV
flavour; every download builds the tenant's exporter class."""
import itertools

from plugins.tenants import TENANTS, tenant_exporter

_downloads = itertools.count()


def scenario():
    n = next(_downloads)
    exporter = tenant_exporter(TENANTS[n % len(TENANTS)])()
    return exporter.export({"month": n % 12 + 1, "invoices": n, "report": f"r{n}"})
