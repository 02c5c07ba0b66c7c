"""Worker pool dispatch: `make_dispatcher()` returns a closure that sends
each job to the least-loaded worker, picked with `min(..., key=...)`. The
load table is a dict default shared by every dispatcher, keyed by worker
(a fixed pool of four) and holding only a count of jobs given to each, so
it keeps four entries however many jobs are dispatched."""
import itertools

_jobs = itertools.count()
WORKERS = ("w1", "w2", "w3", "w4")


def make_dispatcher(workers, load={}):  # expect: HL101 refuted
    def dispatch(job):
        worker = min(workers, key=lambda w: (load.get(w, 0), w))
        load[worker] = load.get(worker, 0) + 1
        return "%s -> %s" % (job, worker)
    return dispatch


def scenario():
    n = next(_jobs)
    dispatch = make_dispatcher(WORKERS)
    return [dispatch("thumbnail-%d.%d" % (n, i)) for i in range(3)]
