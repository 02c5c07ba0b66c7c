"""Builds the dictConfig for one tenant from the project's LOGGING setting."""
import settings


def tenant_logging(tenant, level="INFO", handlers=settings.LOGGING["handlers"]):  # expect: HL101 refuted
    name = f"file:{tenant}"
    handlers = {**handlers, name: {
        "class": "logging.FileHandler",
        "filename": f"/var/log/tenants/{tenant}.log",
        "level": level,
    }}
    root = {"handlers": ["console", name], "level": level}
    return {"version": 1, "handlers": handlers, "root": root}
