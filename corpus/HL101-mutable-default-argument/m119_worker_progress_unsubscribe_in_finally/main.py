"""Worker loop: each call runs one job; jobs with more than 3 steps fail at step 3."""
import itertools

from worker.runner import JobFailed, run

_ids = itertools.count(1)


def scenario():
    n = next(_ids)
    try:
        return len(run(f"job-{n}", steps=2 + n % 4))
    except JobFailed:
        return -1
