"""Error reporter: each worker thread collects breadcrumbs in a
threading.local subclass, on the assumption that they vanish with the thread.
`__init__` runs once per thread with the same default list and stores it
as-is, so all threads share one trail and the crumbs outlive them."""
import itertools
import threading

_jobs = itertools.count()


class Breadcrumbs(threading.local):
    def __init__(self, trail=[]):  # expect: HL101 confirmed
        self.trail = trail

    @property
    def last(self):
        return self.trail[-1] if self.trail else None

    def drop(self, fmt, *args):
        self.trail.append(fmt.format(*args))


crumbs = Breadcrumbs()


def handle(job_id, results):
    crumbs.drop("start job={}", job_id)
    crumbs.drop("done job={} thread={}", job_id, threading.current_thread().name)
    results[job_id] = crumbs.last is not None


def scenario():
    n, results = next(_jobs), {}
    threads = [threading.Thread(target=handle, args=(n * 2 + i, results)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sorted(results)
