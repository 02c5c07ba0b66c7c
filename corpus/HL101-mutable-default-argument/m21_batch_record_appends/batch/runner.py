"""Runs one step of a job and logs its outcome."""
from .util import record


def run_step(job, step, action, trail=[]):  # expect: HL101 confirmed
    try:
        action()
        status = "ok"
    except Exception as exc:
        status = f"failed: {exc}"
    return record(trail, f"{job}/{step}", status)
