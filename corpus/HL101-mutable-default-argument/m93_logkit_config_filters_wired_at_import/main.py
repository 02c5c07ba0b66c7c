"""Worker loop: one job per scenario, each with a fresh id."""
import itertools

import worker

_ids = itertools.count(1)


def scenario():
    n = next(_ids)
    return worker.run_job({"id": n, "queue": ("billing", "mailer")[n % 2]})
