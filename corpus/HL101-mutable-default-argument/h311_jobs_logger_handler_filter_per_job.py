"""Job logging: job_logger() returns the logger of one job component wired to
the handler that keeps the last formatted line for the status page; a filter
on the handler stamps the job id. Adding the same handler again is a no-op."""
import itertools
import logging

_jobs = itertools.count()
COMPONENTS = ("billing", "mailer", "exports")


class LastLineHandler(logging.Handler):
    def emit(self, record):
        self.last = self.format(record)


class JobIdFilter(logging.Filter):
    def __init__(self, job_id):
        super().__init__()
        self.job_id = job_id

    def filter(self, record):
        record.job_id = self.job_id
        return True


def job_logger(component, job_id, handler=LastLineHandler()):  # expect: HL101 confirmed
    logger = logging.getLogger(f"jobs.{component}")
    logger.setLevel(logging.INFO)
    logger.propagate = False
    logger.addHandler(handler)
    handler.addFilter(JobIdFilter(job_id))
    return logger


def scenario():
    n = next(_jobs)
    job_logger(COMPONENTS[n % 3], f"job-{n}").info("processed %d rows", n * 10)
