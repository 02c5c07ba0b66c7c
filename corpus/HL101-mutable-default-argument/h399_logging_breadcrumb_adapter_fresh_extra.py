"""Job runner logging: a LoggerAdapter subclass adds breadcrumbs by building a new extra dict per record; the default extra is only read."""
import itertools
import logging

_log = logging.getLogger("jobrunner")
_log.addHandler(logging.NullHandler())
_log.setLevel(logging.DEBUG)
_log.propagate = False


class BreadcrumbAdapter(logging.LoggerAdapter):
    def __init__(self, logger, extra={}):  # expect: HL101 refuted
        super().__init__(logger, extra)

    def process(self, msg, kwargs):
        crumbs = self.extra.get("breadcrumbs", []) + [msg]
        kwargs["extra"] = {**self.extra, "breadcrumbs": crumbs}
        return msg, kwargs


_jobs = itertools.count()


def run_job(job_id):
    log = BreadcrumbAdapter(_log)
    log.info("job %s started", job_id)
    log.debug(f"job {job_id} fetched payload")
    return job_id


def scenario():
    return run_job(next(_jobs))
