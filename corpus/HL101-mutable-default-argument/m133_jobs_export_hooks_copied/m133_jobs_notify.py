"""Completion callbacks a job can be given (plain functions, no state)."""


def notify_done(job_name, count):
    return f"{job_name}: {count} rows exported"
