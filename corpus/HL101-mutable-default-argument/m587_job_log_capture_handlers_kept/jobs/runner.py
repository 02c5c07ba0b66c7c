import logging

from .capture import captured

log = logging.getLogger("jobs.runner")


def run_job(job):
    """Run one job; return its status and the log text captured while it ran."""
    with captured(job["id"]) as stream:
        log.info("starting %s", job["id"])
        bad = [row for row in job["rows"] if row < 0]
        if bad:
            log.warning("%s: %d rejected rows", job["id"], len(bad))
        log.info("finished %s", job["id"])
    return ("failed" if bad else "ok"), stream.getvalue()
