"""Job logging: job_logger() returns the logger of one job component wired to
the handler that keeps the last formatted line for the status page; the job
id travels in a LoggerAdapter. Adding the same handler again is a no-op."""
import itertools
import logging

_jobs = itertools.count()
COMPONENTS = ("billing", "mailer", "exports")


class LastLineHandler(logging.Handler):
    def emit(self, record):
        self.last = self.format(record)


def job_logger(component, job_id, handler=LastLineHandler()):  # expect: HL101 refuted
    logger = logging.getLogger(f"jobs.{component}")
    logger.setLevel(logging.INFO)
    logger.propagate = False
    logger.addHandler(handler)
    return logging.LoggerAdapter(logger, {"job_id": job_id})


def scenario():
    n = next(_jobs)
    job_logger(COMPONENTS[n % 3], f"job-{n}").info("processed %d rows", n * 10)
