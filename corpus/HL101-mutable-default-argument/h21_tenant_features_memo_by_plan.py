"""Multi-tenant app: a tenant's feature set comes from its plan and is memoized, since every request checks it."""
import itertools

PLANS = {
    "free": ("export",),
    "pro": ("export", "sso"),
    "enterprise": ("export", "sso", "audit-log"),
}


class Tenant:
    def __init__(self, slug, plan):
        self.slug = slug
        self.plan = plan

    @property
    def features(self, _memo={}):  # expect: HL101 refuted
        key = self.plan
        if key not in _memo:
            _memo[key] = frozenset(PLANS[self.plan])
        return _memo[key]


def can(tenant, feature):
    return feature in tenant.features


_requests = itertools.count()


def scenario():
    n = next(_requests)
    tenant = Tenant(f"tenant-{n}", ("free", "pro", "enterprise")[n % 3])
    return can(tenant, "sso"), can(tenant, "export")
