"""Batch runner: run_batch() marks each (job id, host) pair as active in the
`active=set()` default so overlapping batches skip jobs already running, and
registers an ExitStack callback that discards the pair again when the batch
ends. The callback discards the exact pair that was added, so the set is
empty again after every batch."""
import contextlib
import itertools

_batches = itertools.count()


def run_batch(jobs, active=set()):  # expect: HL101 refuted
    done = []
    with contextlib.ExitStack() as stack:
        for job_id, host in jobs:
            if (job_id, host) in active:
                continue
            active.add((job_id, host))
            stack.callback(active.discard, (job_id, host))
            done.append(f"{job_id}@{host}: ok")
    return done


def scenario():
    n = next(_batches)
    return len(run_batch([(f"job-{n}-{i}", f"worker{i % 3}.internal") for i in range(4)]))
