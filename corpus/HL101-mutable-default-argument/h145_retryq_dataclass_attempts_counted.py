"""Job retry queue: `submit()` runs a job and first retries the due ones
from `queue`, a `RetryQueue` dataclass instance used as the default. A job
is requeued only while its attempt count is below `max_attempts`, and the
retry path requeues with `attempts + 1`, so a job that always fails is
dropped after its third attempt and the shared heap stays small."""
import heapq
import itertools
from dataclasses import dataclass, field

_jobs = itertools.count()


@dataclass
class RetryQueue:
    max_attempts: int = 3
    heap: list = field(default_factory=list)

    @property
    def depth(self):
        return len(self.heap)

    def requeue(self, due, attempts, job):
        if attempts < self.max_attempts:
            heapq.heappush(self.heap, (due, attempts, job))


def submit(job, now, run, queue=RetryQueue()):  # expect: HL101 refuted
    while queue.heap and queue.heap[0][0] <= now:
        _, attempts, retry = heapq.heappop(queue.heap)
        if not run(retry):
            queue.requeue(now + 20, attempts + 1, retry)
    if not run(job):
        queue.requeue(now + 5, 1, job)
    return queue.depth


def scenario():
    n = next(_jobs)
    return submit("sync-%d" % n, 10 * n, lambda job: int(job.rsplit("-", 1)[1]) % 2 == 0)
