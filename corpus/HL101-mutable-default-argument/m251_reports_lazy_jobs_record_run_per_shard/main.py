"""Report CLI: run one nightly job per call; the job modules load on first use."""
import itertools

_runs = itertools.count(1)


def scenario():
    import jobs

    return jobs.nightly(next(_runs))
