from . import app
from .factory import get_logger


def run_import(job_id, rows):
    """Import rows, keeping this job's log lines in memory for its report."""
    lines = []
    log = get_logger(f"jobs.{job_id}")
    log.handlers = log.handlers + [lines.append]
    for row in rows:
        log.info(f"imported {row}")
    app.announce(job_id, len(rows))
    return len(lines)
