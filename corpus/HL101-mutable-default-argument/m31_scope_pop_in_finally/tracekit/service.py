"""Job runner: every job runs inside its own tracing scope."""
from .ctx import scope


class JobFailed(Exception):
    pass


class JobRunner:
    def __init__(self, queue_name):
        self.queue_name = queue_name

    def run(self, job_id, payload):
        with scope(f"{self.queue_name}:job-{job_id}") as span:
            span.tag("items", len(payload["items"]))
            if payload.get("poison"):
                raise JobFailed(job_id)
            return sum(payload["items"])
