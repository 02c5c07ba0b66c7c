"""Job scheduler: submit() queues (job, retry) entries in a list default and
drops the oldest with pop(0) if the queue is longer than 64. Every
submission queues two entries but the if pops only one, so once past the
cap the queue still grows by one entry per submission."""
import itertools

_ids = itertools.count()


def submit(job_id, payload, _pending=[]):  # expect: HL101 confirmed
    _pending.append(("run", job_id, payload))
    _pending.append(("retry", job_id, payload))
    if len(_pending) > 64:
        _pending.pop(0)
    return len(_pending)


def scenario():
    n = next(_ids)
    return submit(f"job-{n}", {"report": f"monthly-{n}", "rows": [n, n + 1, n + 2]})
