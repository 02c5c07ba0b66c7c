"""Lifecycle hooks registered on the ExitStack that wraps a job run."""


def mark_done_on_exit(stack, done_log, job_id):
    """Record job_id in done_log when the run ends, however it ends."""
    stack.callback(done_log.append, job_id)
