"""Task queue: `start_batch()` wraps the seed jobs in a `Batch` and queues
the new job behind them. `Batch.__init__` copies the jobs it is given into
its own deque, so pushing onto the batch leaves the default list empty."""
import collections
import itertools

_jobs = itertools.count()


class Batch:
    def __init__(self, jobs):
        self.jobs = collections.deque(jobs)

    def push(self, name, payload):
        self.jobs.append((name, payload))
        return len(self.jobs)


def start_batch(name, payload, seed=[]):  # expect: HL101 refuted
    batch = Batch(seed)
    batch.push(name, payload)
    return batch


def scenario():
    n = next(_jobs)
    batch = start_batch(f"resize-{n:06d}", {"image": f"img/{n}.png", "width": 640 + n % 3})
    return len(batch.jobs)
