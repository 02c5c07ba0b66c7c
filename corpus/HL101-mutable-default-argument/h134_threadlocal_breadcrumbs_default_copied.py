"""Error reporter: each worker thread collects breadcrumbs in a
threading.local subclass. `__init__` runs once per thread with the same
default list but copies it, so each thread gets its own trail, which is
dropped with the thread's local state when the thread ends."""
import itertools
import threading

_jobs = itertools.count()


class Breadcrumbs(threading.local):
    def __init__(self, trail=[]):  # expect: HL101 refuted
        self.trail = list(trail)

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
