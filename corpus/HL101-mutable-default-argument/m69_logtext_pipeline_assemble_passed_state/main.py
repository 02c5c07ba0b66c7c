"""Log shipper endpoint: reassemble one delivery of worker output."""
import itertools

import logtext

_deliveries = itertools.count()


def scenario():
    n = next(_deliveries)
    a, b = f"w{n}-1", f"w{n}-2"
    batches = [
        [f"{a} BEGIN job {n} started", f"{a} + loading {n * 3} rows", f"{b} BEGIN retry of {n - 1}"],
        [f"{a} + wrote {n * 3} rows", f"{a} END job {n} done"],
        [f"{b} + backoff {n % 7}s"],  # the shipper cut worker 2 off mid-record
    ]
    return [worker for worker, _ in logtext.run(batches)]
