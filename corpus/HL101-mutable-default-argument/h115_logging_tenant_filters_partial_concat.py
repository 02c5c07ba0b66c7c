"""Per-tenant log shipping: `handler_for_tenant` is a `functools.partial` of
`build_handler` that never passes `filters`, so every handler starts from the
default chain `[drop_health_checks]`. The builder concatenates the tenant's
stamp filter onto a new list (`filters + [...]`), so the default chain is
only read and each handler owns its own chain."""
import functools
import itertools

_tenants = itertools.count()

def drop_health_checks(record):
    return "/healthz" not in record["msg"]

class TenantStamp:
    def __init__(self, tenant):
        self.tenant = tenant

    def __call__(self, record):
        record["tenant"] = self.tenant
        return True

def build_handler(sink, tenant, level=20, filters=[drop_health_checks]):  # expect: HL101 refuted
    chain = filters + [TenantStamp(tenant)]

    def handle(record):
        if record["levelno"] >= level and all(f(record) for f in chain):
            sink.append(record)
    return handle

handler_for_tenant = functools.partial(build_handler, level=30)

def scenario():
    n = next(_tenants)
    sink = []
    handle = handler_for_tenant(sink, f"tenant-{n}")
    handle({"levelno": 40, "msg": f"POST /invoices/{n} failed"})
    handle({"levelno": 40, "msg": "GET /healthz timed out"})
    return sink
