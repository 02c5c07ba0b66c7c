"""Job runner: listening() connects a progress handler to the shared receiver list for the duration of a with-block and disconnects it in finally, even when the job raises."""
import contextlib
import itertools


class Signal:
    def __init__(self, name, receivers=[]):  # expect: HL101 refuted
        self.name = name
        self.receivers = receivers

    def send(self, **payload):
        return [receiver(self.name, **payload) for receiver in self.receivers[-4:]]


progress = Signal("job.progress")


@contextlib.contextmanager
def listening(signal, handler):
    signal.receivers.append(handler)
    try:
        yield handler
    finally:
        signal.receivers.remove(handler)


_jobs = itertools.count()


def scenario():
    job_id = next(_jobs)
    seen = []
    try:
        with listening(progress, lambda name, **kw: seen.append((name, kw))):
            progress.send(job=job_id, pct=50)
            if job_id % 2:
                raise TimeoutError(f"job {job_id} exceeded its slot")
    except TimeoutError:
        pass
    return len(seen)
