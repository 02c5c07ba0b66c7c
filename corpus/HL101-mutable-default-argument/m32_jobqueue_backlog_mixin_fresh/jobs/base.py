from dataclasses import dataclass


@dataclass
class Job:
    name: str
    payload: dict
    run_at: int = 0
    attempts: int = 0


class BaseWorker:
    def __init__(self, queue_name, backlog=[], concurrency=1):  # expect: HL101 refuted
        self.queue_name = queue_name
        self.backlog = backlog
        self.concurrency = max(1, concurrency)
        self.completed = 0

    def submit(self, job):
        if job.run_at < 0:
            raise ValueError("run_at must be non-negative")
        self.backlog.append(job)
        return job

    def due(self, now):
        return [job for job in self.backlog if job.run_at <= now]

    def run_pending(self, now):
        for job in self.due(now)[: self.concurrency]:
            self.backlog.remove(job)
            job.attempts += 1
            self.perform(job)
            self.completed += 1
        return self.completed

    def perform(self, job):
        raise NotImplementedError(self.queue_name)
