"""Job worker: a job may carry its tenant's logging spec, so logging is wired per job."""
import sys

from logkit import configure

DEFAULT_SPEC = {
    "console": {"class": "LineHandler", "level": "INFO", "filters": ["DropHealthchecks"]},
    "audit": {"class": "JsonHandler", "level": "WARNING", "filters": ["OnlyBilling"]},
}


class DropHealthchecks:
    def filter(self, record):
        return "/healthz" not in record["msg"]


class OnlyBilling:
    def filter(self, record):
        return record["name"].startswith("billing")


def run_job(job):
    handlers = configure(job.get("logging", DEFAULT_SPEC), sys.modules[__name__])
    records = [
        {"name": job["queue"], "levelno": 20, "msg": f"job {job['id']} started"},
        {"name": job["queue"], "levelno": 30, "msg": f"job {job['id']} retried"},
    ]
    return [h.handle(r) for r in records for h in handlers.values()]
