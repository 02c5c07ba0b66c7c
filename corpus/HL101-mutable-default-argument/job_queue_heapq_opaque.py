"""Job scheduler that keeps pending jobs in a heap managed by heapq."""
import heapq
import itertools


def schedule(job, priority, queue=[]):  # expect: HL101 unknown
    # The default flows into code heaplint does not model: whether it is stored is unknown.
    heapq.heappush(queue, (priority, job))
    return len(queue)


_jobs = itertools.count()


def scenario():
    n = next(_jobs)
    schedule(f"resize-image-{n}", n % 5)
