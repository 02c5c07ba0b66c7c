"""Worker pool dispatch: `make_dispatcher()` returns a closure that sends
each job to the least-loaded worker, picked with `min(..., key=...)`. The
load table is a dict default shared by every dispatcher, keyed by worker
(a fixed pool of four), but it keeps the list of jobs each worker was given
so a status page can show them: those lists grow with every job."""
import itertools

_jobs = itertools.count()
WORKERS = ("w1", "w2", "w3", "w4")


def make_dispatcher(workers, load={}):  # expect: HL101 confirmed
    def dispatch(job):
        worker = min(workers, key=lambda w: (len(load.get(w, ())), w))
        load.setdefault(worker, []).append(job)
        return "%s -> %s" % (job, worker)
    return dispatch


def scenario():
    n = next(_jobs)
    dispatch = make_dispatcher(WORKERS)
    return [dispatch("thumbnail-%d.%d" % (n, i)) for i in range(3)]
