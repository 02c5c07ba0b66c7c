"""Job queue: jobs are pushed on a heap as objects; Job.__lt__ logs every priority tie it breaks."""
import heapq
import itertools


class Job:
    def __init__(self, job_id, priority):
        self.job_id = job_id
        self.priority = priority

    # heaplint-todo: heapq's ordering calls of __lt__ are not followed (the C heap calls it; the model runs __lt__ as outside callers would and cannot decide its condition) (heaplint: unknown)
    def __lt__(self, other, _ties=[]):  # expect: HL101 confirmed
        if self.priority == other.priority:
            _ties.append((self.job_id, other.job_id))
            return self.job_id < other.job_id
        return self.priority < other.priority


class JobQueue:
    def __init__(self):
        self._heap = []

    def push(self, job):
        heapq.heappush(self._heap, job)

    def pop(self):
        return heapq.heappop(self._heap)


_ids = itertools.count()


def scenario():
    n = next(_ids)
    queue = JobQueue()
    for k in range(3):
        queue.push(Job(f"job-{n}-{k}", priority=n % 2))
    return [queue.pop().job_id for _ in range(3)]
