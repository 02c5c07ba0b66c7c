"""Job runner: the context manager `RunRecorder` appends each run to a list
default shared by every recorder (`JobRun` forwards via super()/**kwargs);
`__exit__` then deletes all but the last `keep` (a class attribute) runs."""
import itertools
import time

_runs = itertools.count()


class RunRecorder:
    keep = 20

    def __init__(self, job, history=[]):  # expect: HL101 refuted
        self.job, self.history = job, history

    def __enter__(self):
        self.started = time.perf_counter()
        return self

    def __exit__(self, exc_type, exc, tb):
        status = "ok" if exc_type is None else "failed: %s" % exc
        self.history.append((self.job, status, time.perf_counter() - self.started))
        del self.history[:-self.keep]
        return exc_type is ValueError

    def last_runs(self):
        return ["%s %s" % (job, status) for job, status, _ in self.history[-self.keep:]]


class JobRun(RunRecorder):
    def __init__(self, job, attempt=1, **kwargs):
        super().__init__("%s#%d" % (job, attempt), **kwargs)


def scenario():
    n = next(_runs)
    with JobRun("export-%d" % n, attempt=1 + n % 2) as run:
        if n % 3 == 0:
            raise ValueError("no rows for partition %d" % n)
    return run.last_runs()[-1]
