"""Worker: a tick runs each job that was pending when the tick started; failures become dead letters."""
from .registry import HANDLERS


class Worker:
    def __init__(self, queue):
        self.queue = queue
        self.results = []
        self.errors = 0
        self.dead = []

    def tick(self):
        for _ in range(len(self.queue)):
            job = self.queue.take()
            kind, args = job
            try:
                self.results.append(HANDLERS[kind](*args))
            except ValueError:
                self.errors += 1
                self.dead.append(job)  # kept on this worker for the failure report
        return self.results
