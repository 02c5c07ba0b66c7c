"""Tenant onboarding: a new tenant gets its own log file next to the console log."""
from logconf import tenant_logging


def onboard(slug, plan="basic"):
    level = "DEBUG" if plan == "trial" else "INFO"
    config = tenant_logging(slug, level)
    return {"tenant": slug, "plan": plan, "log_handlers": len(config["handlers"])}
