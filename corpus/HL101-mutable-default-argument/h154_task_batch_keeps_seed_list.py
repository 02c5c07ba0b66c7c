"""Task queue: `start_batch()` wraps the seed jobs in a `Batch` and queues
the new job behind them. `Batch.__init__` stores the list it is given as
is, so pushing onto the batch appends every job to the default list."""
import itertools

_jobs = itertools.count()


class Batch:
    def __init__(self, jobs):
        self.jobs = jobs

    def push(self, name, payload):
        self.jobs.append((name, payload))
        return len(self.jobs)


def start_batch(name, payload, seed=[]):  # expect: HL101 confirmed
    batch = Batch(seed)
    batch.push(name, payload)
    return batch


def scenario():
    n = next(_jobs)
    batch = start_batch(f"resize-{n:06d}", {"image": f"img/{n}.png", "width": 640 + n % 3})
    return len(batch.jobs)
