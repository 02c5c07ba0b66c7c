"""Job worker: logging is wired once, when this module is imported."""
import sys

from logkit import configure

SPEC = {
    "console": {"class": "LineHandler", "level": "INFO", "filters": ["DropHealthchecks"]},
    "audit": {"class": "JsonHandler", "level": "WARNING", "filters": ["OnlyBilling"]},
}


class DropHealthchecks:
    def filter(self, record):
        return "/healthz" not in record["msg"]


class OnlyBilling:
    def filter(self, record):
        return record["name"].startswith("billing")


HANDLERS = configure(SPEC, sys.modules[__name__])


def run_job(job):
    records = [
        {"name": job["queue"], "levelno": 20, "msg": f"job {job['id']} started"},
        {"name": job["queue"], "levelno": 30, "msg": f"job {job['id']} retried"},
    ]
    return [h.handle(r) for r in records for h in HANDLERS.values()]
