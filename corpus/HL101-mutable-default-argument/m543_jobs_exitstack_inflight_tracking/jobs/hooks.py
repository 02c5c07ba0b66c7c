"""Lifecycle hooks registered on the ExitStack that wraps a job run."""


def track_while_running(stack, in_flight, job_id):
    """Hold job_id in in_flight until the run ends, however it ends."""
    in_flight.append(job_id)
    stack.callback(in_flight.remove, job_id)
