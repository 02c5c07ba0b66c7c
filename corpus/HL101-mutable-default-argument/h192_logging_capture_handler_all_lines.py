"""Per-job log capture: each job attaches a logging.Handler subclass whose
emit() hook keeps the formatted lines for the job report. The handler keeps
the list given to __init__ (the shared default `[]`), so the lines of every
job ever run accumulate in that one list."""
import itertools
import logging

_jobs = itertools.count()
_log = logging.getLogger("h192.jobs.capture_all")
_log.setLevel(logging.INFO)
_log.propagate = False


class CaptureHandler(logging.Handler):
    def __init__(self, lines=[]):  # expect: HL101 confirmed
        super().__init__(logging.INFO)
        self.lines = lines

    def emit(self, record):
        self.lines.append(self.format(record))


def scenario():
    n = next(_jobs)
    handler = CaptureHandler()
    _log.addHandler(handler)
    try:
        _log.info("job %d exported %d rows to batch-%08d.csv", n, n * 3, n)
        _log.warning("job %d skipped customer cust-%06d", n, n)
    finally:
        _log.removeHandler(handler)
    return len(handler.lines)
