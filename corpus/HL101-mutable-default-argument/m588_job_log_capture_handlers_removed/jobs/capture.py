"""Per-job log capture: a StreamHandler on the "jobs" logger for one job."""
import contextlib
import io
import logging

LOGGER = logging.getLogger("jobs")
LOGGER.setLevel(logging.INFO)
LOGGER.propagate = False


@contextlib.contextmanager
def captured(job_id, _handlers=[]):  # expect: HL101 refuted
    """Capture the "jobs" log records emitted while the block runs.

    Nested captures (a job started from a job) only record warnings.
    The handler is detached from the logger and dropped from `_handlers`
    when the block ends, so `_handlers` only holds the active captures.
    """
    handler = logging.StreamHandler(io.StringIO())
    handler.setFormatter(logging.Formatter(job_id + " %(levelname)s %(message)s"))
    handler.setLevel(logging.WARNING if _handlers else logging.INFO)
    _handlers.append(handler)
    LOGGER.addHandler(handler)
    try:
        yield handler.stream
    finally:
        LOGGER.removeHandler(handler)
        _handlers.remove(handler)
