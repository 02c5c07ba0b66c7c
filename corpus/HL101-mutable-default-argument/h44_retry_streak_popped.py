"""Job-runner helper that counts consecutive failures per job in a default
collections.Counter to compute backoff; on success it drops the streak with
`_streaks.pop(name, None)`, so the shared Counter only holds jobs that are
currently failing and does not grow as new jobs come and go."""
import collections
import itertools

_ids = itertools.count()

BASE_DELAY = 0.5
MAX_DELAY = 30.0


class TransientError(Exception):
    pass


def backoff_delay(failures):
    return min(MAX_DELAY, BASE_DELAY * (2 ** max(0, failures - 1)))


def run_with_retries(name, job, attempts=4, _streaks=collections.Counter()):  # expect: HL101 refuted
    planned = []
    for _ in range(attempts):
        try:
            result = job()
        except TransientError:
            _streaks[name] += 1
            planned.append(backoff_delay(_streaks[name]))
            continue
        _streaks.pop(name, None)
        return result, planned
    raise RuntimeError("%s failed after %d attempts" % (name, attempts))


def flaky(fail_times, value):
    state = {"left": fail_times}

    def job():
        if state["left"] > 0:
            state["left"] -= 1
            raise TransientError("connection reset")
        return value

    return job


def scenario():
    n = next(_ids)
    result, delays = run_with_retries("sync-invoice-%d" % n, flaky(1 + n % 2, n))
    return result + len(delays)
