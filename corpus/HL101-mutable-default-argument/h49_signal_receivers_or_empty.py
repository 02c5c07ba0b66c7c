"""A small synchronous signal bus used by the job scheduler's plugins."""
import itertools

_ids = itertools.count()


class Signal:
    def __init__(self, name, receivers=[]):  # expect: HL101 refuted
        self.name = name
        self._receivers = receivers or []

    def connect(self, receiver):
        if receiver not in self._receivers:
            self._receivers.append(receiver)
        return receiver

    def send(self, sender, **payload):
        results = []
        for receiver in self._receivers:
            try:
                results.append((receiver, receiver(sender, **payload)))
            except Exception as exc:  # one broken plugin must not stop the others
                results.append((receiver, exc))
        return results


def job_signals(job_id, audit_log):
    started = Signal("job-started:%d" % job_id)
    started.connect(lambda sender, **kw: audit_log.append((sender, kw["job_id"])))
    started.connect(lambda sender, **kw: 1 // kw.get("retries", 0))
    return started


def scenario():
    n = next(_ids)
    log = []
    started = job_signals(n, log)
    outcomes = started.send("scheduler", job_id=n)
    return [type(value).__name__ for _, value in outcomes], log
