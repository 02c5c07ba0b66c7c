from .config import settings


def check_session(request, tenant):
    return "sid=" in request["headers"].get("Cookie", "")


def check_quota(request, tenant):
    return not tenant.endswith("-blocked")


def audit(request, tenant):
    return not settings.get("debug") or bool(request["path"])


MIDDLEWARE = {"session": check_session, "quota": check_quota, "audit": audit}

# Enterprise tenants created before the quota rollout keep the old chain.
settings.set("middleware_legacy_corp", ["session", "audit"])
