"""Runs a job's steps inside an ExitStack so the hooks always fire."""
import contextlib

from . import hooks


def run_job(job_id, steps, done_log=[]):  # expect: HL101 confirmed
    with contextlib.ExitStack() as stack:
        hooks.mark_done_on_exit(stack, done_log, job_id)
        total = 0
        for step in steps:
            total += step(job_id)
    return total
