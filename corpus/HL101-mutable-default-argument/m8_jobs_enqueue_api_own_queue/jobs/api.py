from jobs.queueing import drain, enqueue


class Worker:
    def __init__(self):
        self.queue = []

    def submit(self, job, priority=5):
        enqueue(job, priority, self.queue)
        return drain(self.queue, limit=10)
