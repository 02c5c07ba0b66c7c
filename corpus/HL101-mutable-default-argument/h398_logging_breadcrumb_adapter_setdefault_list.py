"""Job runner logging: a LoggerAdapter subclass keeps Sentry-style breadcrumbs in its extra dict, appending to the shared default's list."""
import itertools
import logging

_log = logging.getLogger("jobrunner")
_log.addHandler(logging.NullHandler())
_log.setLevel(logging.DEBUG)
_log.propagate = False


class BreadcrumbAdapter(logging.LoggerAdapter):
    def __init__(self, logger, extra={}):  # expect: HL101 confirmed
        super().__init__(logger, extra)

    def process(self, msg, kwargs):
        self.extra.setdefault("breadcrumbs", []).append(msg)
        kwargs["extra"] = self.extra
        return msg, kwargs


_jobs = itertools.count()


def run_job(job_id):
    log = BreadcrumbAdapter(_log)
    log.info("job %s started", job_id)
    log.debug(f"job {job_id} fetched payload")
    return job_id


def scenario():
    return run_job(next(_jobs))
