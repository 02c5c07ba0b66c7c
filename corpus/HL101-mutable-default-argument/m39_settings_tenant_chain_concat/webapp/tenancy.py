from dataclasses import dataclass

from .config import settings
from .middleware import MIDDLEWARE


@dataclass(frozen=True)
class Tenant:
    slug: str
    plan: str = "free"


def middleware_chain(tenant):
    """Per-tenant override, else the tenant-specific extras on their own."""
    chain = settings.get_list("middleware_" + tenant.slug.replace("-", "_"))
    if tenant.plan != "free":
        chain = chain + ["quota:" + tenant.slug]
    if tenant.plan == "enterprise":
        chain = chain + ["audit"]
    return chain


def handle_request(tenant, request):
    trace = []
    for name in middleware_chain(tenant):
        kind, _, arg = name.partition(":")
        step = MIDDLEWARE.get(kind)
        if step is None:
            continue
        if not step(request, arg or tenant.slug):
            return {"status": 403, "trace": trace}
        trace.append(kind)
    return {"status": 200, "trace": ",".join(trace)}
