"""Job scheduler that keeps pending jobs in a heap managed by heapq."""
import heapq
import itertools


def schedule(job, priority, queue=[]):  # expect: HL101 confirmed
    # heapq.heappush appends to the list it is given: the default keeps every job.
    # (Relabelled from unknown: the oracle measures +127 bytes/call here, and heaplint models heapq.)
    heapq.heappush(queue, (priority, job))
    return len(queue)


_jobs = itertools.count()


def scenario():
    n = next(_jobs)
    schedule(f"resize-image-{n}", n % 5)
