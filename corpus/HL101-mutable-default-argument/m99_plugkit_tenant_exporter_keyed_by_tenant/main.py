"""Tenant onboarding: configure each new tenant's exporter and run a sample."""
import itertools

import builtin_exporters
import plugkit
import tenants

_ids = itertools.count(1)


def scenario():
    n = next(_ids)
    tenant = {"slug": f"acme-{n}", "delimiter": ";,|"[n % 3], "columns": ("sku", "qty")}
    rows = [{"sku": f"S{n}", "qty": n % 5}]
    name = tenants.configure(tenant)
    sample = plugkit.lookup("exporters", name)(rows)
    preview = plugkit.lookup("exporters", builtin_exporters.DEFAULT)(rows)
    return sample, preview
