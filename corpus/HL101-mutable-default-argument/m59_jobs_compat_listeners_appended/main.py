"""Import worker: each job sums one uploaded batch and reports back to its submitter."""
import itertools

import jobs

_batches = itertools.count()


def scenario():
    n = next(_batches)
    job = {"id": f"job-{n}", "owner": f"user{n % 17}", "rows": [n, n + 1, n + 2]}
    return jobs.run_job(job)
