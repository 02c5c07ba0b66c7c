"""Project quotas: how many megabytes a tenant's project may store."""
from tenants import TenantSettings as Settings


def project_quota(tenant, project, stored):
    settings = Settings(tenant, stored)
    limit = settings.number(f"quota.{project}", settings.number("quota.default"))
    return {"tenant": tenant, "project": project, "limit_mb": limit, "currency": settings["currency"]}
