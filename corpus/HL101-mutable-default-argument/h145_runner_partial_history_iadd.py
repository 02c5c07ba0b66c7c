"""Job runner: `execute()` runs a job with retries and returns its run
history, a list default that callers may replace to keep one history per
job. The nightly runner is a `functools.partial` binding only `retries`,
so every nightly run shares the default, and `history += [entry]` extends
that list in place: every run ever made stays in it."""
import functools
import itertools

_runs = itertools.count()


def execute(job, payload, retries=0, history=[]):  # expect: HL101 confirmed
    attempt = 0
    while True:
        try:
            result = job(payload)
            break
        except ConnectionError:
            if attempt >= retries:
                result = None
                break
            attempt += 1
    history += [(job.__name__, payload, attempt, result)]
    return history


run_nightly = functools.partial(execute, retries=2)


def compact_partition(day):
    if day % 4 == 0:
        raise ConnectionError("metastore unavailable")
    return "compacted partition %d" % day


def scenario():
    n = next(_runs)
    return run_nightly(compact_partition, n)[-1]
