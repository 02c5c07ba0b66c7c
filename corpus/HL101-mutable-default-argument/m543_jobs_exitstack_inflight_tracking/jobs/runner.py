"""Runs a job's steps inside an ExitStack so the hooks always fire."""
import contextlib

from . import hooks


def run_job(job_id, steps, in_flight=[]):  # expect: HL101 refuted
    with contextlib.ExitStack() as stack:
        hooks.track_while_running(stack, in_flight, job_id)
        total = 0
        for step in steps:
            total += step(job_id)
    return total
