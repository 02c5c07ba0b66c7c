import itertools

import worker

_jobs = itertools.count(1)


def scenario():
    n = next(_jobs)
    env = {"WORKER_DEBUG": "yes" if n % 3 == 0 else "no", "WORKER_RETRIES": str(n % 4),
           "HOME": "/srv/app"}
    return worker.run_job(n, ["item-%d" % i for i in range(n % 5)], env)
