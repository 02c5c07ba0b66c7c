import itertools

from plugins import PluginManager

_ids = itertools.count(1)


def tenant_specs(tenant):
    return [
        "Audit-%s = builtin.audit:Hook" % tenant,
        "metrics-%s = builtin.metrics:Hook" % tenant,
        "broken-%s" % tenant,
    ]


def scenario():
    n = next(_ids)
    tenant = "t%05d" % n
    manager = PluginManager(tenant)
    return manager.activate(tenant_specs(tenant))
