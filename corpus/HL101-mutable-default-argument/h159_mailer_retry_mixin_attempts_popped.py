"""Job queue: `RetryMixin.run_with_retry()` counts tries in `attempts={}`
through `self.record_attempt()` and `self.finish()`, both provided by
`QueueWorkerBase`, which follows the mixin in `EmailWorker`'s bases.
record_attempt() stores a counter under each new job id, but finish() pops it
again once the job succeeds, so the mixin's default dict is empty after every job."""
import itertools

_jobs = itertools.count()

class RetryMixin:
    def run_with_retry(self, job, attempts={}):  # expect: HL101 refuted
        while True:
            self.record_attempt(attempts, job["id"])
            try:
                result = self.perform(job)
            except ConnectionError:
                if attempts[job["id"]] >= 3:
                    raise
                continue
            return result, self.finish(attempts, job["id"])


class QueueWorkerBase:
    def record_attempt(self, attempts, job_id):
        attempts[job_id] = attempts.get(job_id, 0) + 1
    def finish(self, attempts, job_id):
        return attempts.pop(job_id, 0)


class EmailWorker(RetryMixin, QueueWorkerBase):
    def perform(self, job):
        if job.pop("smtp_busy", False):
            raise ConnectionError("421 try again later")
        return f"sent to {job['to']}"


def scenario():
    n = next(_jobs)
    job = {"id": f"mail-{n:08d}-welcome", "to": f"user{n}@example.com", "smtp_busy": n % 3 == 0}
    return EmailWorker().run_with_retry(job)
