"""Per-job log capture: each job attaches a logging.Handler subclass whose
emit() hook remembers the latest formatted line per level for the job
summary. The dict from __init__ is the shared default `{}`, but its keys are
level names (a handful), and each emit overwrites the previous line."""
import itertools
import logging

_jobs = itertools.count()
_log = logging.getLogger("h192.jobs.capture_last")
_log.setLevel(logging.INFO)
_log.propagate = False


class CaptureHandler(logging.Handler):
    def __init__(self, latest={}):  # expect: HL101 refuted
        super().__init__(logging.INFO)
        self.latest = latest

    def emit(self, record):
        self.latest[record.levelname] = self.format(record)


def scenario():
    n = next(_jobs)
    handler = CaptureHandler()
    _log.addHandler(handler)
    try:
        _log.info("job %d exported %d rows to batch-%08d.csv", n, n * 3, n)
        _log.warning("job %d skipped customer cust-%06d", n, n)
    finally:
        _log.removeHandler(handler)
    return len(handler.latest)
