"""Job scheduler: submit() queues (job, retry) entries in a list default and
drops the oldest with pop(0) while the queue is longer than 64. Every
submission queues the job and its retry, and the while loop pops as many
as needed, so the queue stays at 64 entries."""
import itertools

_ids = itertools.count()


def submit(job_id, payload, _pending=[]):  # expect: HL101 refuted
    _pending.append(("run", job_id, payload))
    _pending.append(("retry", job_id, payload))
    while len(_pending) > 64:
        _pending.pop(0)
    return len(_pending)


def scenario():
    n = next(_ids)
    return submit(f"job-{n}", {"report": f"monthly-{n}", "rows": [n, n + 1, n + 2]})
