"""Job runner: a per-job progress listener, unsubscribed in a finally."""
from bus import emit, subscribe, unsubscribe


class JobFailed(Exception):
    pass


def run(job_id, steps):
    seen = []

    def on_progress(jid, step):
        if jid == job_id:
            seen.append(step)

    subscribe("job.progress", on_progress)
    try:
        for step in range(steps):
            if step == 3:
                raise JobFailed(job_id)
            emit("job.progress", job_id, step)
    finally:
        unsubscribe("job.progress", on_progress)
    return seen
