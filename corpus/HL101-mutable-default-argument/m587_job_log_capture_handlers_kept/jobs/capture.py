"""Per-job log capture: a StreamHandler on the "jobs" logger for one job."""
import contextlib
import io
import logging

LOGGER = logging.getLogger("jobs")
LOGGER.setLevel(logging.INFO)
LOGGER.propagate = False


@contextlib.contextmanager
def captured(job_id, _handlers=[]):  # expect: HL101 confirmed
    """Capture the "jobs" log records emitted while the block runs.

    Nested captures (a job started from a job) only record warnings.
    The handler is detached from the logger afterwards, but stays in
    `_handlers` with its buffer, so `_handlers` is never empty again.
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
