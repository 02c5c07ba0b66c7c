"""logging.getLogger(f"job.{n}") per call: the logging manager keeps every logger it created."""
# retains: yes
import itertools
import logging

_ids = itertools.count()


def run_job(job_id):
    log = logging.getLogger(f"job.{job_id}")
    log.debug("started")


def scenario():
    run_job(next(_ids))
