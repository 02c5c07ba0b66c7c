"""Worker: a tick runs each job that was pending when the tick started."""
from .registry import HANDLERS


class Worker:
    def __init__(self, queue):
        self.queue = queue
        self.results = []
        self.errors = 0

    def tick(self):
        for _ in range(len(self.queue)):
            job = self.queue.take()
            kind, args = job
            try:
                self.results.append(HANDLERS[kind](*args))
            except ValueError:
                self.errors += 1
                self.queue.requeue(job)  # retried on a later tick
        return self.results
